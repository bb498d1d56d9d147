import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["rx.clinic.example"]

INSTALLED_APPS = ["django.contrib.contenttypes", "rest_framework", "rx"]

NOVAMED_BASE_URL = os.environ.get("NOVAMED_BASE_URL", "https://feapi.novamed.care")
NOVAMED_API_KEY = os.environ["NOVAMED_API_KEY"]
NOVAMED_CLINIC_ID = os.environ.get("NOVAMED_CLINIC_ID", "{{decoy:uuid}}")
