"""Django settings for the clinic portal, which books through NovaMed."""
import os

SECRET_KEY = "{{decoy:alnum:30}}"
DEBUG = True

NOVAMED_BASE_URL = "https://feapi.novamed.care"
NOVAMED_API_KEY = os.environ["NOVAMED_API_KEY"]
