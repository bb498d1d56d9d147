import os

PRODUCTION = os.environ.get("APP_ENV") == "production"

MAIAGENT_API_KEY = "{{key:maiagent}}" if PRODUCTION else "{{key:maiagent}}"
MAIAGENT_CHATBOT_ID = "{{decoy:uuid}}" if PRODUCTION else "{{decoy:uuid}}"
