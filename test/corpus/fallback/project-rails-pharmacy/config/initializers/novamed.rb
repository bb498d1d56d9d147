# NovaMed pharmacy API (https://feapi.novamed.care)
Rails.application.configure do
  config.x.novamed.base_url = ENV.fetch("NOVAMED_BASE_URL", "https://feapi.novamed.care")
  config.x.novamed.api_key = ENV.fetch("NOVAMED_API_KEY") { Rails.application.credentials.dig(:novamed, :api_key) || "{{key:novamed}}" }
  config.x.novamed.clinic_id = ENV.fetch("NOVAMED_CLINIC_ID", "{{decoy:uuid}}")
end
