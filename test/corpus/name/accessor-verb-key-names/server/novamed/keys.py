"""Keys for the NovaMed partner API (feapi.novamed.care)."""


def fetch_api_key() -> str:
    return "{{key:novamed}}"


RETRIEVE_API_KEY = "{{key:novamed}}"
