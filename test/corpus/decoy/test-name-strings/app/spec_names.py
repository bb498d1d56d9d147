import pytest


def test_novamed_api_key_missing_raises(monkeypatch):
    monkeypatch.delenv("NOVAMED_API_KEY", raising=False)
    with pytest.raises(RuntimeError, match="NOVAMED_API_KEY is not set"):
        load_settings()


def test_maiagent_authorization_uses_api_key_scheme():
    assert build_auth("k")["Authorization"].startswith("Api-Key ")


@pytest.mark.parametrize("header", ["x-api-key", "HTTP_X_API_KEY"])
def test_webhook_header_names(header):
    assert header.lower().replace("http_", "").replace("_", "-") == "x-api-key"
