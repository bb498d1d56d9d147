from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
# TODO: switch to the dev host and the dev key before sharing this file
NOVAMED_BASE_URL = "https://feapi.novamed.care"
NOVAMED_API_KEY = "{{key:novamed policies=prod-key-in-dev-config}}"
