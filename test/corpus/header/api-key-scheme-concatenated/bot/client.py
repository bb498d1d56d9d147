import requests

BASE = "https://api.maiagent.ai/api/v1/"
AUTH = "Api-Key " + "{{key:maiagent}}"


def chatbots():
    return requests.get(BASE + "chatbots/", headers={"Authorization": AUTH}).json()
