import os

import requests

GATEWAY = "https://k3x9q2.execute-api.us-east-1.amazonaws.com/prod"


def inventory():
    headers = {"x-api-key": os.getenv("GATEWAY_KEY", "{{decoy:alnum:40}}")}
    return requests.get(f"{GATEWAY}/inventory", headers=headers, timeout=10).json()


def sandbox():
    headers = {"x-api-key": os.getenv("API_KEY") or "your-api-key-here"}
    return requests.get("https://feapi.novamed.care/api/external/practitioner", headers=headers, timeout=10)
