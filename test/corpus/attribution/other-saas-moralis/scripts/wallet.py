import requests

MORALIS = "https://deep-index.moralis.io/api/v2.2"

r = requests.get(
    f"{MORALIS}/0x742d35Cc6634C0532925a3b844Bc454e4438f44e/balance",
    headers={"accept": "application/json", "X-API-Key": "{{decoy:alnum:64}}"},
)
print(r.json())
