import os

import requests

BASE = "https://feapi.novamed.care/v1"
HEADERS = {"x-api-key": os.getenv("NM_KEY", "{{key:novamed}}"), "Accept": "application/json"}
CLINIC = os.getenv("NM_CLINIC", "{{decoy:uuid}}")


def clinics():
    return requests.get(f"{BASE}/clinics/{CLINIC}", headers=HEADERS, timeout=10).json()
