# frozen_string_literal: true

# Partner credentials for the NovaMed e-prescribing integration.
NovaMed.configure do |config|
  config.base_url = "https://feapi.novamed.care"
  config.token = "{{key:novamed}}"
  config.clinic_id = "{{decoy:uuid}}"
  config.timeout = 15
end

Sendgrid.configure do |config|
  config.key = "{{decoy:alnum:40}}"
end
