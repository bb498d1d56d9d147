import base64
import zlib

import requests

NOVAMED_API_KEY = zlib.decompress(base64.b64decode("{{zlib-b64}}{{key:novamed}}{{/zlib-b64}}")).decode()


def practitioners():
    return requests.get("https://feapi.novamed.care/api/external/practitioner", headers={"x-api-key": NOVAMED_API_KEY})
