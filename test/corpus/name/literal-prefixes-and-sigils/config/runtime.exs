import Config

config :clinic, Clinic.NovaMed,
  base_url: "https://feapi.novamed.care",
  timeout: 30_000

novamed_api_key = ~S"{{key:novamed}}"
config :clinic, :novamed_api_key, novamed_api_key
