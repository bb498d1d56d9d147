from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["staging.clinic.example"]

NOVAMED_BASE_URL = "https://feapi.novamed.care"
NOVAMED_API_KEY = "{{key:novamed policies=prod-key-in-dev-config}}"
