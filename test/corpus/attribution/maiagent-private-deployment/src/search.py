import requests

# Vector search goes to Pinecone; its key travels in the same header name.
PINECONE_HOST = "https://clinic-notes-abc123.svc.pinecone.io"


def query(vector):
    return requests.post(
        f"{PINECONE_HOST}/query",
        headers={"Api-Key": "{{decoy:maiagent}}", "X-Pinecone-API-Version": "2025-01"},
        json={"vector": vector, "topK": 5},
        timeout=10,
    ).json()
