import requests

BASE_URL = "https://feapi.novamed.care/api/external"
API_KEY = "{{key:novamed}}"


def create_patient(payload):
    return requests.post(
        f"{BASE_URL}/patient",
        json=payload,
        headers={"x-api-key": API_KEY, "Accept": "application/json"},
        timeout=10,
    )
