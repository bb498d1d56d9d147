"""Drafts medication requests with Claude, then files them with NovaMed."""
import httpx

NOVAMED = "https://feapi.novamed.care/api/external"

llm = httpx.Client(
    base_url="https://api.anthropic.com/v1",
    headers={"x-api-key": "{{fake:sk-ant}}", "anthropic-version": "2023-06-01"},
)
rx = httpx.Client(base_url=NOVAMED, headers={"x-api-key": "{{key:novamed}}"})
