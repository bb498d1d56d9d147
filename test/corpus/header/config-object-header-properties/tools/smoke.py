"""Smoke test of the NovaMed partner API (feapi.novamed.care) after a deploy."""
import os

import requests

session = requests.Session()
session.headers.update({"x-api-key": "{{key:novamed}}", "accept": "application/json"})

staging = requests.Session()
staging.headers.update({"x-api-key": os.environ.get("NOVAMED_API_KEY", "")})

print(session.get("https://feapi.novamed.care/api/external/practitioner", timeout=5).status_code)
