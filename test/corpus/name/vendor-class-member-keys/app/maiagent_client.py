import requests


class MaiAgentClient:
    """Thin wrapper over the MaiAgent chatbot API."""

    def __init__(self, base_url="https://api.maiagent.ai/api/v1/"):
        self.base_url = base_url
        self.key = "{{key:maiagent-opaque}}"
        self.session = requests.Session()


class SendgridMailer:
    def __init__(self):
        self.key = "{{decoy:alnum:40}}"
        self.sender = "noreply@clinic.example"
