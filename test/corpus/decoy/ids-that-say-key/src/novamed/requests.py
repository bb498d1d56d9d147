import uuid

import requests

NOVAMED = "https://feapi.novamed.care/api/external"


def create_patient(session: requests.Session, body: dict):
    # NovaMed de-duplicates retried writes on the Idempotency-Key header.
    headers = {"Idempotency-Key": "{{decoy:uuid}}", "x-api-key": session.headers.get("x-api-key")}
    return session.post(f"{NOVAMED}/patient", json=body, headers=headers)


NOVAMED_API_KEY_NAME = "rx-sync-production"
NOVAMED_API_KEY_CREATED_AT = "2025-04-02T08:00:00Z"
request_id = str(uuid.uuid4())
