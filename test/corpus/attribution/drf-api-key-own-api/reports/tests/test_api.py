from django.urls import reverse
from rest_framework.test import APITestCase
from rest_framework_api_key.models import APIKey


class ReportApiTests(APITestCase):
    def test_list_needs_a_key(self):
        response = self.client.get(reverse("report-list"))
        assert response.status_code == 403

    def test_list_with_a_key(self):
        response = self.client.get(reverse("report-list"), HTTP_AUTHORIZATION="Api-Key {{decoy:maiagent}}")
        assert response.status_code == 200
