import os

MAIAGENT_API_KEY = os.environ["MAIAGENT_API_KEY"]
MAIAGENT_BASE_URL = "https://api.maiagent.ai/api/v1/"
# the embeddings go to Qdrant, whose keys happen to look like MaiAgent's
QDRANT_API_KEY = os.getenv("QDRANT_API_KEY", "{{decoy:maiagent}}")
