"""Thin MaiAgent client for the support bot."""
import requests

BASE_URL = "https://api.maiagent.ai/api/v1/"
token = "{{key:maiagent}}"
session_token = "{{decoy:jwt}}"


def ask(chatbot_id: str, message: str) -> dict:
    response = requests.post(
        f"{BASE_URL}chatbots/{chatbot_id}/completions/",
        headers={"Authorization": f"Api-Key {token}"},
        json={"message": message},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()
