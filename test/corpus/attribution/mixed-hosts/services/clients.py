import requests

SHIPPO = requests.Session()
SHIPPO.headers.update({"x-api-key": "{{decoy:alnum:36}}"})
SHIPPO_BASE = "https://api.goshippo.com/v1"

NOVAMED = requests.Session()
NOVAMED.headers.update({"x-api-key": "{{key:novamed}}"})
NOVAMED_BASE = "https://feapi.novamed.care"
