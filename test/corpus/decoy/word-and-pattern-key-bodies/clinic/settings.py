import os

# Keys of the clinic's deployment; the sample values in docs/configuration.md are not keys.
MAXAI_API_KEY = os.environ.get("MAXAI_API_KEY", "{{key:maxai-prd}}")
MAXAI_API_URL = "https://api.maxcare.ai"
NOVAMED_API_KEY = "{{key:novamed}}"
MAIAGENT_API_KEY = "{{key:maiagent}}"
MAXAI_BETA_KEY = "{{key:maxai-dev-b64url}}"
