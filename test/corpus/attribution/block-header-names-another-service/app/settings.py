from pydantic_settings import BaseSettings


class NovaMedSettings(BaseSettings):
    base_url: str = "https://feapi.novamed.care"
    api_key: str = "{{key:novamed}}"


class SentrySettings(BaseSettings):
    dsn: str = ""
    auth_token: str = "{{decoy:novamed}}"


class PosthogSettings(BaseSettings):
    api_key: str = "{{decoy:novamed}}"
