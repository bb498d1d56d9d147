import os

NOVA_MEDIA_DEBUG = os.getenv("NOVA_MEDIA_DEBUG") == "1"
NOVA_MEDIA_CONFIG = {"grid_thumb": {"width": 320, "crop": "fill"}}

API_KEY = "{{decoy:novamed}}"
