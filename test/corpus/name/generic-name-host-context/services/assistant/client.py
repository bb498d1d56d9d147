import requests

BASE = "https://api.maiagent.ai/api/v1/"
api_key = '{{key:maiagent}}'


def chatbots():
    return requests.get(BASE + "chatbots/", headers={"Authorization": f"Api-Key {api_key}"}).json()
