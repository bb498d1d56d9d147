import requests

PINECONE_HOST = "https://clinic-notes-x1y2z3.svc.aped-4627-b74a.pinecone.io"

headers = {"Api-Key": "{{fake:pcsk}}", "X-Pinecone-API-Version": "2025-01"}
stats = requests.post(f"{PINECONE_HOST}/describe_index_stats", headers=headers, json={}).json()
