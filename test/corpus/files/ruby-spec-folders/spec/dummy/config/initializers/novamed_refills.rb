NovamedRefills.configure do |config|
  config.base_url = "https://feapi.novamed.care"
  config.api_key = "{{key:novamed policies=prod-key-in-dev-config}}"
  config.clinic_id = "{{decoy:uuid}}"
end
