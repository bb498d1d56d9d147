import os

NOVAMED_BASE_URL = "https://feapi.novamed.care"
NOVAMED_API_KEY = "{{key:novamed}}"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
