import os

from django.conf import settings

# NovaMed production host: https://feapi.novamed.care
HEADERS = {"x-api-key": os.environ["NOVAMED_API_KEY"]}
MAIAGENT_AUTH = f"Api-Key {settings.MAIAGENT_API_KEY}"
NOVAMED_API_KEY = os.environ.get("NOVAMED_API_KEY")
MAIAGENT_API_KEY = os.getenv("MAIAGENT_API_KEY", None)
NOVAMED_WEBHOOK_SECRET = os.environ.get("NOVAMED_WEBHOOK_SECRET", "")
