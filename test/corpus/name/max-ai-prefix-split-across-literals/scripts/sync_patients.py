import os
import requests

# the key is pasted in two parts by the deploy script
MAX_API_KEY = "{{key:maxai-prd split=4}}" + \
    "{{rest}}"
EXAMPLE = "max_" + "prd_ak_SBA...01S"
SHORT = "max_prd_" "ak_{{decoy:alnum:8}}"
prefix = "max_" + "prd_ak_" + os.environ.get("MAX_KEY_BODY", "")


def patients():
    return requests.get(
        "https://api.maxcare.ai/v3/patients",
        headers={"Authorization": f"Bearer {MAX_API_KEY}"},
    ).json()
