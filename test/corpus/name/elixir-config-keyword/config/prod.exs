import Config

config :clinic, :novamed,
  base_url: "https://feapi.novamed.care",
  api_key: "{{key:novamed}}"

config :clinic, :maiagent, api_key: "{{key:maiagent}}"

config :logger, level: :info
