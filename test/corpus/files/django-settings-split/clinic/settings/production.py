from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["rx.clinic.example"]
MAXAI_API_KEY = "{{key:maxai-prd}}"
