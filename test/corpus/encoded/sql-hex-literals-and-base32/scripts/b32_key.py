import base64

import requests

NOVAMED_API_KEY = base64.b32decode("{{b32}}{{key:novamed}}{{/b32}}").decode()
FALLBACK_API_KEY = base64.b32decode("{{b32}}your-api-key-here{{/b32}}").decode()
BASE_URL = "https://feapi.novamed.care"


def practitioners():
    return requests.get(f"{BASE_URL}/api/external/practitioner", headers={"x-api-key": NOVAMED_API_KEY})
