import os

from maiagent import MaiAgentClient
from openai import OpenAI

_default = "{{key:maiagent}}"
_fallback_oa = "{{decoy:alnum:30}}"
_placeholder = "your-api-key-here"

client = MaiAgentClient(api_key=os.getenv("CLINIC_BOT_KEY", _default))
staging = MaiAgentClient(api_key=os.getenv("CLINIC_BOT_STAGING_KEY", _placeholder))
embeddings = OpenAI(api_key=os.getenv("OPENAI_API_KEY", _fallback_oa))
