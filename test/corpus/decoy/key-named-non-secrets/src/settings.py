import os

# NovaMed (feapi.novamed.care) settings; secrets are mounted as files.
NOVAMED_API_KEY_FILE = os.environ.get("NOVAMED_API_KEY_FILE", "/var/run/secrets/rx2/novamed-api-key")
NOVAMED_TIMEOUT = int(os.environ.get("NOVAMED_TIMEOUT", "30"))
NOVAMED_API_KEY = os.environ.get("NOVAMED_API_KEY", "")
MAIAGENT_API_KEY = os.getenv("MAIAGENT_API_KEY") or None
NOVAMED_REGION = os.getenv("NOVAMED_REGION", "us-east-1")
