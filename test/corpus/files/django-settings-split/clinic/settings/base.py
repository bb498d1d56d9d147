import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "rx",
]

MAXAI_API_URL = os.environ.get("MAXAI_API_URL", "https://api.maxcare.ai/v1")
MAXAI_API_KEY = os.environ.get("MAXAI_API_KEY")
NOVAMED_BASE_URL = os.environ.get("NOVAMED_BASE_URL", "https://feapi.novamed.care")
NOVAMED_API_KEY = os.environ["NOVAMED_API_KEY"]
