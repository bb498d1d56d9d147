Rails.application.configure do
  config.eager_load = true
  config.x.maxai.api_url = "https://api.maxcare.ai/v1"
  config.x.maxai.api_key = "{{key:maxai-prd}}"
end
