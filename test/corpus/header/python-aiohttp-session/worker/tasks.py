import asyncio

import aiohttp

NOVAMED = "https://feapi.novamed.care"


async def sync_practitioners(rows):
    async with aiohttp.ClientSession(
        base_url=NOVAMED,
        headers={'x-api-key': '{{key:novamed}}', 'accept': 'application/json'},
    ) as http:
        for row in rows:
            async with http.post("/api/external/practitioner", json=row) as resp:
                if resp.status >= 400:
                    print("failed", row["npi_number"], resp.status)


if __name__ == "__main__":
    asyncio.run(sync_practitioners([]))
