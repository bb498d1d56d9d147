import requests

NOVAMED_URL = "https://feapi.novamed.care/api/external"

HEADERS = {
    "Content-Type": "application/json",
    "x-api-key":
        "{{key:novamed}}",
}


def refill(body):
    return requests.post(
        f"{NOVAMED_URL}/refill-request",
        json=body,
        headers=HEADERS,
    )
