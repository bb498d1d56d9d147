"""FAQ bot glue for the support site."""
import maiagent

maiagent.api_key = "{{key:maiagent}}"
maiagent.base_url = "https://api.maiagent.ai/api/v1/"


def answer(question: str) -> str:
    return maiagent.Chatbot("faq").ask(question).content
