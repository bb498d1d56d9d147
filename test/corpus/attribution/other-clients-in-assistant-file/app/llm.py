import os

from maiagent import MaiAgentClient
from together import Together
import voyageai

# The assistant answers through MaiAgent; embeddings and a fallback model come from other providers.
maiagent = MaiAgentClient(api_key=os.environ["MAIAGENT_API_KEY"])
MAIAGENT_FALLBACK = MaiAgentClient(api_key="{{key:maiagent}}")

together = Together(api_key="{{decoy:alnum:40}}")
voyage = voyageai.Client(api_key="{{decoy:alnum:40}}")
fireworks = {"api_key": "{{decoy:alnum:40}}"}
providers = {"stedi": {"api_key": "{{decoy:alnum:40}}"}}
API_KEY = "{{decoy:alnum:40}}"  # langfuse public key for tracing
fireworks_token = {"api_key": "{{decoy:lit:fw_Qm3Xr8KvT2nLp9WzR4tYvB8n}}"}
API_KEY_SALT = "{{decoy:alnum:32}}"


def answer(question: str) -> str:
    return maiagent.chat(question)
