import httpx

BASE_URL = "https://api.maiagent.ai/api/v1/"
KEY = "{{key:maiagent}}"
CHATBOT = "{{decoy:uuid}}"


def client() -> httpx.Client:
    return httpx.Client(base_url=BASE_URL, headers={"Authorization": f"Api-Key {KEY}"}, timeout=30)
