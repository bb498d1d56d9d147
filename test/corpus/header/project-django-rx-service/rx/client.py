import requests
from django.conf import settings


class NovaMedClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers.update(
            {
                "x-api-key": settings.NOVAMED_API_KEY,
                "Accept": "application/json",
            }
        )

    def create_patient(self, payload):
        url = f"{settings.NOVAMED_BASE_URL}/api/external/patient"
        return self.session.post(url, json={"clinic_id": settings.NOVAMED_CLINIC_ID, **payload}, timeout=10)
