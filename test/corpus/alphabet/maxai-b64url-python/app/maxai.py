import httpx

MAXAI_KEY = "{{key:maxai-prd-b64url}}"
client = httpx.Client(
    base_url="https://api.maxcare.ai/v1",
    headers={"Authorization": "Bearer {{key:maxai-prd-b64url}}"},
)
