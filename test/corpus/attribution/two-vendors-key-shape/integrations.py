"""Both vendors' clients, configured in one place."""

MAIAGENT_URL = "https://api.maiagent.ai/api/v1/"
NOVAMED_URL = "https://feapi.novamed.care"

# the bot's key: MaiAgent's own shape, even though NovaMed's host is the nearer line
API_KEY = "{{key:maiagent}}"
