import pytest

MAXAI_API_KEY = "{{key:maxai-dev}}"


@pytest.fixture
def maxai_key():
    return "{{key:maxai-prd policies=prod-key-in-dev-config}}"
