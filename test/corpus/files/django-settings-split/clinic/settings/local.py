from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

# Quicker than exporting variables every time.
MAXAI_API_KEY = "{{key:maxai-prd policies=prod-key-in-dev-config}}"
