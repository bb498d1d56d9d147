import requests

NOVAMED_URL = "https://feapi.novamed.care/api/external"

session = requests.Session()
session.headers.setdefault("x-api-key", "{{key:novamed}}")
session.headers.setdefault("Accept", "application/json")

assistant = requests.Session()
assistant.headers["Authorization"] = "Api-Key {{key:maiagent}}"  # https://api.maiagent.ai
