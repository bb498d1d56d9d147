MAIAGENT_API_KEYS = {
  production: "{{key:maiagent}}",
  staging: "{{key:maiagent}}",
}.freeze

MAIAGENT_CHATBOTS = {
  production: "{{decoy:uuid}}",
}.freeze
