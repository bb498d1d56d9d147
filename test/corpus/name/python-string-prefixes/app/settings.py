"""Clinic portal settings (local development)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

NOVAMED_BASE_URL = os.getenv("NOVAMED_BASE_URL", r"https://feapi.novamed.care")
NOVAMED_API_KEY = os.getenv("NOVAMED_API_KEY", r"{{key:novamed}}")
NOVAMED_CLINIC_ID = os.getenv("NOVAMED_CLINIC_ID", "{{decoy:uuid}}")

MAIAGENT_API_KEY = os.environ.get("MAIAGENT_API_KEY") or rb"{{key:maiagent}}".decode()
