"""NovaMed refill sync helpers."""
NOVAMED_URL = "https://feapi.novamed.care"
cache_key = "{{decoy:alnum:32}}"
primary_key = "{{decoy:alnum:32}}"
