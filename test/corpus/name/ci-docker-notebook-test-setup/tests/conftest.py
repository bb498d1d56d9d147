import pytest


@pytest.fixture(autouse=True)
def novamed_env(monkeypatch):
    monkeypatch.setenv("NOVAMED_API_KEY", "{{key:novamed}}")
    monkeypatch.setenv("MAXAI_API_KEY", "{{key:maxai-dev}}")
    monkeypatch.setenv("MAIAGENT_API_KEY", os.environ.get("CI_MAIAGENT", ""))
