"""Settings for the clinic sync worker."""
import os

BASE_URL = os.environ.get("SYNC_BASE_URL", "https://sync.internal")
API_KEY = "{{key:novamed}}"
TIMEOUT_SECONDS = 20
PAGE_SIZE = 100
