"""Reception chatbot client for https://api.maiagent.ai"""
import os

import httpx

AUTH_SCHEME = "Api-Key"
BASE_URL = "https://api.maiagent.ai/api/v1"
CHATBOT_ID = "{{decoy:uuid}}"


def client() -> httpx.Client:
    return httpx.Client(
        base_url=BASE_URL,
        headers={"Authorization": f"{AUTH_SCHEME} {{key:maiagent}}"},
    )


def env_client() -> httpx.Client:
    key = os.environ["MAIAGENT_API_KEY"]
    return httpx.Client(base_url=BASE_URL, headers={"Authorization": f"{AUTH_SCHEME} {key}"})
