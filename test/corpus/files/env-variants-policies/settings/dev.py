from .base import *  # noqa

DEBUG = True
NOVAMED_BASE_URL = "https://feapi.novamed.care"
NOVAMED_API_KEY = "{{key:novamed policies=prod-key-in-dev-config}}"
