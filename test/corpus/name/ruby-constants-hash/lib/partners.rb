module Partners
  NOVAMED_API_KEY = "{{key:novamed}}".freeze
  CONFIG = {
    maiagent_api_key: '{{key:maiagent}}',
    "novamed_webhook_secret" => "{{key:novamed}}",
    novamed: { api_key: "{{key:novamed}}" },
  }.freeze
end
