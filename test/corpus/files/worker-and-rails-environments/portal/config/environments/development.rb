require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = true
  config.eager_load = false
  config.consider_all_requests_local = true

  config.x.maxai.api_url = "https://api.maxcare.ai/v1"
  config.x.maxai.api_key = "{{key:maxai-prd policies=prod-key-in-dev-config}}"
end
