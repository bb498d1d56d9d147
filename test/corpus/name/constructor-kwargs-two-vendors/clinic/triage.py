from maiagent import MaiAgent

TRIAGE_KEY = "{{key:maiagent}}"
TRIAGE_BOT = "{{decoy:uuid}}"


def triage_client() -> MaiAgent:
    return MaiAgent(api_key=TRIAGE_KEY, chatbot_id=TRIAGE_BOT)
