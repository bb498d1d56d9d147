"""Partner constants shared by the sync jobs."""


class NovaMed:
    BASE_URL = "https://feapi.novamed.care"
    novamed_api_key = "{{key:novamed}}"


class Assistant:
    maiagent_api_key: str = "{{key:maiagent}}"
    maiagent_secret_key = '{{key:maiagent-opaque}}'


NOVAMED_KEY = "{{key:novamed}}"
