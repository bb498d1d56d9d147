import os

# MaiAgent chat assistant; NovaMed pharmacy
MAIAGENT_API_KEY = os.environ.get("MAIAGENT_API_KEY") or "{{key:maiagent}}"
NOVAMED_API_KEY = os.getenv("NOVAMED_API_KEY") or '{{key:novamed}}'
NOVAMED_API_KEY_DEV = os.environ.get(
    "NOVAMED_API_KEY_DEV",
    "{{key:novamed}}",
)
