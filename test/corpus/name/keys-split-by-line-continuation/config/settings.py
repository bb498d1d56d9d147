NOVAMED_BASE_URL = "https://feapi.novamed.care"

NOVAMED_API_KEY = "{{key:novamed split}}" + \
    "{{rest}}"
MAIAGENT_API_KEY = "{{key:maiagent split}}" \
    "{{rest}}"
