"""Outbound partner integrations for the clinic backend."""
import os

API_KEYS = {
    "novamed": "{{key:novamed}}",
    "maiagent": "{{key:maiagent}}",
    "stripe": os.environ.get("STRIPE_KEY", ""),
}

BASE_URLS = {
    "novamed": "https://feapi.novamed.care/api/external",
    "maiagent": "https://api.maiagent.ai/api/v1",
}

CLINIC_IDS = {
    "novamed": "{{decoy:uuid}}",
}


def key_for(service: str) -> str:
    return API_KEYS[service]
