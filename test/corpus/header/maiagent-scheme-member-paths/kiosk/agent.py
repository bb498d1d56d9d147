import os

import requests


class Settings:
    base_url = "https://agents.clinic.internal/api/v1/"
    token = "{{key:maiagent}}"
    session_id = "{{decoy:uuid}}"


settings = Settings()


def chatbots():
    return requests.get(settings.base_url + "chatbots/", headers={"Authorization": "Api-Key " + settings.token})


def chatbots_from_env():
    env = {"token": os.environ["MAIAGENT_API_KEY"]}
    return requests.get(settings.base_url + "chatbots/", headers={"Authorization": "Api-Key " + env["token"]})
