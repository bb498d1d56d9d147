import os

import requests

MAIAGENT_BASE_URL = "https://api.maiagent.ai/api/v1/"

session = requests.Session()
session.headers.update({
    "Authorization": "Api-Key {{key:maiagent}}",
    "Content-Type": "application/json",
})


def ask(chatbot_id: str, question: str) -> str:
    url = f"{MAIAGENT_BASE_URL}chatbots/{chatbot_id}/completions/"
    r = session.post(url, json={"message": {"content": question}}, timeout=30)
    r.raise_for_status()
    return r.json()["content"]


if __name__ == "__main__":
    print(ask(os.environ.get("CHATBOT_ID", ""), "ping"))
