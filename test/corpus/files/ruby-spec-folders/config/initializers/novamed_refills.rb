# Production defaults of the engine's host app.
NovamedRefills.configure do |config|
  config.base_url = "https://feapi.novamed.care"
  config.api_key = "{{key:novamed}}"
end
