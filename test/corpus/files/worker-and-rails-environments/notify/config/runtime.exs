import Config

if config_env() == :prod do
  config :notify, :maxai,
    api_url: "https://api.maxcare.ai/v1",
    api_key: System.fetch_env!("MAXAI_API_KEY")
end
