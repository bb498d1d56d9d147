import requests


class Settings:
    base_url = "https://feapi.novamed.care"
    token = "{{key:novamed}}"
    session_secret = "{{decoy:alnum:40}}"


settings = Settings()


def practitioners():
    return requests.get(
        f"{settings.base_url}/api/external/practitioner",
        headers={"x-api-key": settings.token},
    )
