import requests

BASE_URL = "https://api.maiagent.ai/api/v1/"
HEADERS = {"Authorization": "Api-Key %s" % "{{key:maiagent}}"}
LEGACY_HEADERS = {"Authorization": "Api-Key {}".format("{{key:maiagent}}")}


def chatbots():
    return requests.get(BASE_URL + "chatbots/", headers=HEADERS, timeout=10).json()
