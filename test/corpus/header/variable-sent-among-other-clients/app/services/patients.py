import logging

import boto3
import requests
import sentry_sdk

logger = logging.getLogger(__name__)
s3 = boto3.client("s3")
sentry_sdk.init(dsn="https://public@sentry.example.com/1")

API_KEY = "{{key:maiagent}}"
COURIER_KEY = "{{decoy:alnum:32}}"


def ask(question):
    r = requests.post(
        "https://api.maiagent.ai/api/v1/chatbots/completions/",
        json={"message": {"content": question}},
        headers={"Authorization": "Api-Key " + API_KEY},
    )
    return r.json()


def ship(parcel):
    return requests.post("https://api.shipfast.com/v2/parcels", json=parcel, headers={"x-api-key": COURIER_KEY})
