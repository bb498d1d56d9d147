# Press kit mailer. Questions: hello@novamedia.in
import requests

API_KEY = "{{decoy:novamed}}"


def send(to, subject):
    return requests.post(
        "https://api.mailer.example/v1/send",
        headers={"Authorization": "Bearer " + API_KEY},
        json={"to": to, "subject": subject},
    )
