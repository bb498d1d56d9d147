import os

NOVAMED_BASE_URL = os.environ.get("NOVAMED_BASE_URL", "https://feapi.novamed.care")
NOVAMED_API_KEY = os.environ.get("NOVAMED_API_KEY", "{{key:novamed}}")
NOVAMED_CLINIC_ID = os.environ.get("NOVAMED_CLINIC_ID", "{{decoy:uuid}}")

MAIAGENT_API_KEY = os.getenv("MAIAGENT_API_KEY", "{{key:maiagent}}")
MAIAGENT_BASE_URL = os.getenv("MAIAGENT_BASE_URL", "https://api.maiagent.ai/api/v1/")

# Webhook receiver secret: NovaMed sends it back in x-api-key.
NOVAMED_WEBHOOK_SECRET = os.environ.get('NOVAMED_WEBHOOK_SECRET') or '{{key:novamed}}'
