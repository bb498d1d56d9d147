import Config

config :clinic, Clinic.Novamed,
  base_url: System.get_env("NOVAMED_BASE_URL", "https://feapi.novamed.care"),
  api_key: System.get_env("NOVAMED_API_KEY", "{{key:novamed}}")

config :clinic, Clinic.Assistant,
  api_key: System.get_env("MAIAGENT_API_KEY") || "{{key:maiagent}}"

if config_env() == :prod do
  config :clinic, ClinicWeb.Endpoint, server: true
end
