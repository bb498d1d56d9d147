# MaiAgent (api.maiagent.ai)
require "base64"
raw = "{{b64}}{{key:maiagent}}{{/b64}}"
MAIAGENT_API_KEY = Base64.strict_decode64(raw)
NOVAMED_API_KEY = "{{b64}}{{key:novamed}}{{/b64}}".unpack1("m0")
