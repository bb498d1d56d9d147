import base64
import os

import requests

MAIAGENT_BASE_URL = "https://api.maiagent.ai/api/v1/"
MAIAGENT_API_KEY = base64.b64decode("{{b64}}{{key:maiagent}}{{/b64}}").decode()
SIGNATURE = base64.b64decode(os.environ.get("SEED_SIGNATURE", ""))


def chatbots():
    r = requests.get(MAIAGENT_BASE_URL + "chatbots/", headers={"Authorization": f"Api-Key {MAIAGENT_API_KEY}"})
    r.raise_for_status()
    return r.json()
