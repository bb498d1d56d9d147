import pytest

TEST_KEY = "{{key:maiagent}}"
TEST_CHATBOT = "{{decoy:alnum:40}}"


@pytest.fixture
def client(monkeypatch):
    from maiagent_client import MaiAgent

    monkeypatch.setenv("MAIAGENT_API_KEY", TEST_KEY)
    monkeypatch.setenv("MAIAGENT_CHATBOT_ID", TEST_CHATBOT)
    return MaiAgent()
