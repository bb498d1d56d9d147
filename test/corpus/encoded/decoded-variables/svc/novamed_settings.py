import base64

# NovaMed partner credentials (base64 so the key is not greppable).
NOVAMED_API_KEY_ENCODED = "{{b64}}{{key:novamed}}{{/b64}}"
NOVAMED_SIGNING_SALT = "{{decoy:b64:40}}"

NOVAMED_API_KEY = base64.b64decode(NOVAMED_API_KEY_ENCODED).decode()
SALT = base64.b64decode(NOVAMED_SIGNING_SALT)
NOVAMED_BASE_URL = "https://feapi.novamed.care"
