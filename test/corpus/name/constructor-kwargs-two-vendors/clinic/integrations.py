from novamed import NovaMedClient
from maiagent import MaiAgent

# Patient lookups go through NovaMed; triage chat through MaiAgent.
novamed = NovaMedClient(api_key="{{key:novamed}}", environment="production")
assistant = MaiAgent(api_key="{{key:maiagent}}", chatbot_id="{{decoy:uuid}}")


def lookup(patient_id: str):
    return novamed.patients.get(patient_id)
