from django.http import HttpResponse


def refill(request):
    # shared secret we configured on the partner's side; no vendor named here
    sent = request.META.get("HTTP_X_API_KEY")
    if sent != "{{key:novamed unconfirmed}}":
        return HttpResponse(status=401)
    return HttpResponse(status=204)
