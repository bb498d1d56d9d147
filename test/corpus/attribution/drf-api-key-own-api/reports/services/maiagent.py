import requests

MAIAGENT_BASE = "https://api.maiagent.ai/api/v1"


def chatbots():
    headers = {"Authorization": "Api-Key {{key:maiagent}}"}
    return requests.get(f"{MAIAGENT_BASE}/chatbots/?page=1&pageSize=1", headers=headers, timeout=10)
