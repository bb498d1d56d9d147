import httpx

resp = httpx.post(
    "https://api.anthropic.com/v1/messages",
    headers={
        "x-api-key": "{{fake:sk-ant}}",
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    },
    json={"model": "claude-sonnet-4", "max_tokens": 256, "messages": []},
)
