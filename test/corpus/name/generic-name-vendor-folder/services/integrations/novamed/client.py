import httpx

from .settings import BASE_URL, TIMEOUT_SECONDS

FALLBACK_API_KEY = "{{key:novamed unconfirmed}}"


def client(api_key: str = FALLBACK_API_KEY) -> httpx.Client:
    return httpx.Client(base_url=BASE_URL, timeout=TIMEOUT_SECONDS, headers={"Accept": "application/json"})
