from django.http import JsonResponse

# NovaMed posts order and refill events to /hooks/novamed/ with our shared secret.
NOVAMED_PATHS = ("/hooks/novamed/",)


class NovaMedWebhookAuth:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(NOVAMED_PATHS):
            if request.META.get("HTTP_X_API_KEY") != "{{key:novamed confirmation=any}}":
                return JsonResponse({"success": False}, status=401)
        return self.get_response(request)
