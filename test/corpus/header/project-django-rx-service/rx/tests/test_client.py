import responses

from rx.client import NovaMedClient


@responses.activate
def test_create_patient_sends_the_key(settings):
    settings.NOVAMED_BASE_URL = "https://feapi.novamed.care"
    settings.NOVAMED_API_KEY = "test-novamed-key"
    responses.post("https://feapi.novamed.care/api/external/patient", json={"success": True}, status=201)
    NovaMedClient().create_patient({"first_name": "John"})
    assert responses.calls[0].request.headers["x-api-key"] == "test-novamed-key"


@responses.activate
def test_recorded_production_call(settings):
    # copied from a production log while debugging INC-204
    headers = {"x-api-key": "{{key:novamed policies=prod-key-in-dev-config}}"}
    responses.post("https://feapi.novamed.care/api/external/patient", json={"success": True}, status=201)
    assert headers["x-api-key"]
