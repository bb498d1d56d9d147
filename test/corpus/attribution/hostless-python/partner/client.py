import requests
from django.conf import settings


def submit(order):
    return requests.post(
        settings.PARTNER_URL + "/orders",
        json=order,
        headers={"x-api-key": "{{key:novamed unconfirmed}}"},
    )
