"""Nightly medication-request export to https://feapi.novamed.care"""
import os
from typing import Final

import requests

API_KEY: Final[str] = "{{key:novamed}}"
SANDBOX_KEY: Final[str] = os.environ.get("NOVAMED_SANDBOX_KEY", "")
RUN_TAG: Final[str] = "{{decoy:hex:16}}"


def export(rows, sandbox=False):
    key = SANDBOX_KEY if sandbox else API_KEY
    return requests.post(
        "https://feapi.novamed.care/api/external/medication-request",
        json=rows,
        headers={"x-api-key": API_KEY, "x-run": RUN_TAG},
        timeout=30,
    )
