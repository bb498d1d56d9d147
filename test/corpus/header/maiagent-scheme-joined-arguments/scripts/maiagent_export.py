import requests

key = "{{key:maiagent}}"

resp = requests.get(
    "https://api.maiagent.ai/api/v1/chatbots/",
    headers={"Authorization": "".join(["Api-Key ", key])},
)
