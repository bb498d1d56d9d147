import Config

config :clinic, :maiagent,
  base_url: "https://api.maiagent.ai/api/v1/",
  api_key: Base.decode64!("{{b64}}{{key:maiagent}}{{/b64}}")
