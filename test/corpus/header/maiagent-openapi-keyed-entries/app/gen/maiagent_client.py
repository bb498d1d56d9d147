import os

import maiagent_openapi

configuration = maiagent_openapi.Configuration(
    host="https://api.maiagent.ai/api/v1",
    api_key={"Authorization": "{{key:maiagent}}"},
    api_key_prefix={"Authorization": "Api-Key"},
)

from_env = maiagent_openapi.Configuration(
    host="https://api.maiagent.ai/api/v1",
    api_key={"Authorization": os.environ["MAIAGENT_API_KEY"]},
    api_key_prefix={"Authorization": "Api-Key"},
)
