require "base64"

# MaiAgent chatbot credentials (api.maiagent.ai)
encoded = "{{b64}}{{key:maiagent}}{{/b64}}"
pin = "{{decoy:b64:32}}"
MAIAGENT_API_KEY = Base64.decode64(encoded)
PIN_BYTES = Base64.decode64(pin)
