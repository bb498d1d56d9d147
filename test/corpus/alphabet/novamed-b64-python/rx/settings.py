import os

NOVAMED_API_KEY = os.environ.get("NOVAMED_API_KEY", "{{key:novamed-b64}}")
HEADERS = {"x-api-key": "{{key:novamed-b64}}", "Accept": "application/json"}
BASE = "https://feapi.novamed.care"
