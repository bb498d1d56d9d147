Novamed.configure do |config|
  config.base_url = "https://feapi.novamed.care"
  config.api_key = "{{key:novamed}}"
  config.timeout = 10
end
