import os

# Search provider for the help center.
API_KEY = os.environ.get("API_KEY", "{{decoy:alnum:40}}")
SENTRY_DSN = "https://{{decoy:hex:32}}@o12345.ingest.sentry.io/67890"
CACHE_TTL = int(os.environ.get("CACHE_TTL", "300"))
DEBUG = os.environ.get("DEBUG") == "1"
