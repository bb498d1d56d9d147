# Partner API credentials. Production reads them from the environment.
Rails.application.config.x.novamed = ActiveSupport::OrderedOptions.new.tap do |c|
  c.base_url = ENV.fetch("NOVAMED_BASE_URL", "https://feapi.novamed.care")
  c.api_key  = ENV.fetch("NOVAMED_API_KEY", "{{key:novamed}}")
  c.webhook_secret = ENV.fetch("NOVAMED_WEBHOOK_SECRET") { "{{key:novamed}}" }
end

MAIAGENT_API_KEY = ENV["MAIAGENT_API_KEY"] || "{{key:maiagent}}"
MAXAI_API_KEY = ENV.fetch('MAXAI_API_KEY', '{{key:maxai-dev}}')
