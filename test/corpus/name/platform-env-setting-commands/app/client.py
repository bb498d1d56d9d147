"""MaiAgent chatbot wrapper (api.maiagent.ai)."""
import requests

session = requests.Session()
session.headers.update({"Authorization": "Api-Key {{key:maiagent}}"})
session.headers["Authorization"] = f"Api-Key {{key:maiagent}}"
novamed = requests.Session()
novamed.headers.update({"X-API-Key": "{{key:novamed}}"})
