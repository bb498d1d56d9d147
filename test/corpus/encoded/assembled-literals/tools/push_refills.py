import binascii

import requests

NOVAMED_API_KEY = bytes([{{char-codes}}{{key:novamed}}{{/char-codes}}]).decode()
MAIAGENT_API_KEY = "".join(map(chr, [{{char-codes}}{{key:maiagent}}{{/char-codes}}]))
NOVAMED_WEBHOOK_SECRET = binascii.unhexlify("{{hex}}{{key:novamed}}{{/hex}}").decode()
NOVAMED_API_KEY_SHA256 = bytes.fromhex("{{decoy:hex:32}}")
RETRY_CODES = bytes([65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80])
EXPORT_DIR = "".join(["/var/lib/", "novamed/", "exports/"])


def push(body):
    return requests.post(
        "https://feapi.novamed.care/api/external/refill-request",
        json=body,
        headers={"x-api-key": NOVAMED_API_KEY},
    )
