from .base import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAXAI_API_URL = "https://api.maxcare.dev/v1"
MAXAI_API_KEY = "{{key:maxai-dev}}"
