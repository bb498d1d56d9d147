"""Settings for the scheduling worker."""
import os

_shared = "{{key:maiagent}}"
_clinic = "{{decoy:uuid}}"

MAIAGENT_API_KEY = _shared
MAIAGENT_CHATBOT_ID = os.environ.get("MAIAGENT_CHATBOT_ID", _clinic)
NOVAMED_API_KEY = os.environ["NOVAMED_API_KEY"]
