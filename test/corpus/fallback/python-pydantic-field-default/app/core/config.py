from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    novamed_base_url: str = "https://feapi.novamed.care"
    novamed_api_key: SecretStr = Field(default=SecretStr("{{key:novamed}}"), alias="NOVAMED_API_KEY")
    maiagent_api_key: str = Field("{{key:maiagent}}", validation_alias="MAIAGENT_API_KEY")


settings = Settings()
