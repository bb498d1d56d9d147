import Config

config :notify, Notify.Repo, pool: Ecto.Adapters.SQL.Sandbox

config :notify, :maxai,
  api_url: "https://api.maxcare.ai/v1",
  api_key: "{{key:maxai-prd policies=prod-key-in-dev-config}}"
