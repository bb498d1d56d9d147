from rest_framework.permissions import BasePermission


class HasPartnerKey(BasePermission):
    """Our own partner API: callers send the key we issued them."""

    def has_permission(self, request, view):
        return request.META.get("HTTP_X_API_KEY") == "{{key:novamed unconfirmed}}"
