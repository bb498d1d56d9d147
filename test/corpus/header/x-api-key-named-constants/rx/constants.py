"""NovaMed (https://feapi.novamed.care) request constants."""
X_API_KEY = "{{key:novamed}}"
ACCEPT = "application/json"


def headers():
    return {"x-api-key": X_API_KEY, "Accept": ACCEPT}
