MaiAgent.configure do |config|
  config.base_url = "https://api.maiagent.ai/api/v1/"
  config.key      = "{{key:maiagent}}"
  config.timeout  = 15
end
