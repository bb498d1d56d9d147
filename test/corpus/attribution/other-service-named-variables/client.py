import requests

ACMEPAY_API_KEY = "{{decoy:novamed}}"
PROD_API_KEY = "{{key:novamed unconfirmed}}"


def charge(url, body):
    return requests.post(url, json=body, headers={"x-api-key": ACMEPAY_API_KEY})


def lookup(url):
    return requests.get(url, headers={"x-api-key": PROD_API_KEY})
