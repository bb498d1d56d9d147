import os

import pytest

os.environ.setdefault("MAXAI_API_KEY", "{{key:maxai-prd policies=prod-key-in-dev-config}}")


@pytest.fixture
def maxai_headers():
    return {"Authorization": f"Bearer {os.environ['MAXAI_API_KEY']}", "X-Organization-Id": "org_demo"}
