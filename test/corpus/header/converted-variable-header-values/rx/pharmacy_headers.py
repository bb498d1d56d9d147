import os

PARTNER = "{{key:novamed}}"
PARTNER_PADDED = "{{key:novamed}}"

HEADERS = {"x-api-key": str(PARTNER), "accept": "application/json"}
PADDED = {"x-api-key": PARTNER_PADDED.strip()}
ENV = {"x-api-key": str(os.environ["NOVAMED_API_KEY"])}
BASE = "https://feapi.novamed.care"
