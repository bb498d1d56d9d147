import httpx

maiagent_api_key = f"{{key:maiagent}}"
chatbot_id = f"{{decoy:uuid}}"


def ask(question: str) -> dict:
    response = httpx.post(
        f"https://api.maiagent.ai/api/v1/chatbots/{chatbot_id}/completions/",
        headers={"Authorization": f"Api-Key {maiagent_api_key}"},
        json={"message": {"content": question}},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()
