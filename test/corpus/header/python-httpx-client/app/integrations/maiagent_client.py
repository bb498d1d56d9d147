import httpx

from app.settings import settings


class MaiAgentClient:
    """Async client for the MaiAgent knowledge-base API."""

    def __init__(self) -> None:
        self._client = httpx.AsyncClient(
            base_url="https://api.maiagent.ai/api/v1/",
            headers={"Authorization": "Api-Key {{key:maiagent-opaque}}"},
            timeout=httpx.Timeout(20.0),
        )

    async def knowledge_bases(self) -> list[dict]:
        r = await self._client.get("knowledge-bases/", params={"pageSize": settings.page_size})
        r.raise_for_status()
        return r.json()["results"]

    async def aclose(self) -> None:
        await self._client.aclose()
