import os

import httpx

PARTNER = "{{key:novamed}}"

client = httpx.Client(
    base_url="https://feapi.novamed.care",
    headers={"x-api-key": f"{PARTNER}"},
)
env_client = httpx.Client(
    base_url="https://feapi.novamed.care",
    headers={"x-api-key": f"{os.environ['NOVAMED_API_KEY']}"},
)
