"""NovaMed partner API client (patients, practitioners, refills)."""
from __future__ import annotations

import logging

import requests

log = logging.getLogger(__name__)

BASE_URL = "https://feapi.novamed.care/api/external"


def make_session() -> requests.Session:
    s = requests.Session()
    s.headers["X-API-KEY"] = "{{key:novamed}}"
    s.headers["Accept"] = "application/json"
    return s


def create_practitioner(session: requests.Session, payload: dict) -> dict:
    resp = session.post(f"{BASE_URL}/practitioner", json=payload, timeout=10)
    if resp.status_code == 401:
        log.error("novamed rejected our key")
    resp.raise_for_status()
    return resp.json()
