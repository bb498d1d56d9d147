import os

API_KEY = os.environ.get("API_KEY", "{{decoy:alnum:40}}")
SENTRY_DSN = "https://{{decoy:hex:32}}@o12345.ingest.sentry.io/67890"
