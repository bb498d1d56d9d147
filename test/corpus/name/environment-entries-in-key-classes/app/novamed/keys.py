import os
from enum import Enum


class NovaMedKey(str, Enum):
    PRODUCTION = "{{key:novamed}}"
    STAGING = "{{key:novamed}}"
    LOCAL = ""


class NovaMedSchemaDigest(str, Enum):
    PRODUCTION = "{{decoy:hex:32}}"
    STAGING = "{{decoy:hex:32}}"


class NovaMedEnvKey:
    PRODUCTION = os.environ.get("NOVAMED_API_KEY_PROD")
    STAGING = os.environ.get("NOVAMED_API_KEY_STAGING")

BASE_URL = "https://feapi.novamed.care/api/external"
