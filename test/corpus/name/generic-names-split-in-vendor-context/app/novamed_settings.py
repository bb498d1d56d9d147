"""NovaMed partner API (https://feapi.novamed.care)."""

BASE_URL = "https://feapi.novamed.care/api/external"
API_KEY = (
    "{{key:novamed split}}"
    "{{rest}}"
)
