import httpx

AUTH = "\x41\x70\x69\x2d\x4b\x65\x79\x20{{key:maiagent}}"
HEADERS = {"x\x2dapi\x2dkey": "{{key:novamed}}"}

bot = httpx.Client(base_url="https://api.maiagent.ai/api/v1/", headers={"Authorization": AUTH})
clinic = httpx.Client(base_url="https://feapi.novamed.care", headers=HEADERS)
# A backslash and the text x41, not an escape; a placeholder escaped.
EXAMPLE = "C:\\x41pi-Key {{decoy:maiagent}}"
SAMPLE = {"x\x2dapi\x2dkey": "\x79our-api-key-here"}
