from maiagent import MaiAgentClient

API_KEY = "{{key:maiagent}}"
CHATBOT_ID = "{{decoy:uuid}}"

client = MaiAgentClient(api_key=API_KEY)


def answer(question: str) -> str:
    return client.chat(CHATBOT_ID, question).content
