from worker.maxai import summarize

MAXAI_API_KEY = "{{key:maxai-prd policies=prod-key-in-dev-config}}"


def test_summarize():
    assert summarize("note", key=MAXAI_API_KEY)
