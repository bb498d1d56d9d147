"""Nightly practitioner sync against NovaMed (feapi.novamed.care)."""
import os

import httpx

HEADER_NAME = "X-API-Key"
CORRELATION_HEADER = "X-Correlation-Id"
BASE = "https://feapi.novamed.care/api/external"


def client() -> httpx.Client:
    return httpx.Client(
        base_url=BASE,
        headers={HEADER_NAME: "{{key:novamed}}", CORRELATION_HEADER: "{{decoy:uuid}}"},
        timeout=10,
    )


def sandbox_client() -> httpx.Client:
    return httpx.Client(base_url=BASE, headers={HEADER_NAME: os.environ["NOVAMED_API_KEY"]})
