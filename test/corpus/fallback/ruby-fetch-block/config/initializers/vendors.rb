# frozen_string_literal: true

NovaMed.configure do |config|
  config.base_url = ENV.fetch("NOVAMED_BASE_URL") { "https://feapi.novamed.care" }
  config.api_key = ENV.fetch("NOVAMED_API_KEY") { "{{key:novamed}}" }
end

MAIAGENT_API_KEY = ENV.fetch("MAIAGENT_API_KEY") do
  "{{key:maiagent}}"
end
