# Partner credentials, overridable per deploy
NOVAMED_API_KEY = ENV["NOVAMED_API_KEY"].nil? ? "{{key:novamed}}" : ENV["NOVAMED_API_KEY"]
MAIAGENT_API_KEY = ENV["MAIAGENT_API_KEY"].blank? ? "{{key:maiagent}}" : ENV["MAIAGENT_API_KEY"]
NOVAMED_CLINIC_ID = ENV["NOVAMED_CLINIC_ID"].nil? ? "{{decoy:uuid}}" : ENV["NOVAMED_CLINIC_ID"]

novamed_webhook_secret = ENV["NOVAMED_WEBHOOK_SECRET"]
novamed_webhook_secret ||= "{{key:novamed}}"
