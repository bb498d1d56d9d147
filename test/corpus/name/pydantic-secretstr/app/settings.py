from pydantic import BaseModel, SecretStr


class NovaMedSettings(BaseModel):
    base_url: str = "https://feapi.novamed.care"
    novamed_api_key: SecretStr = SecretStr("{{key:novamed}}")


class MaiAgentSettings(BaseModel):
    maiagent_api_key: SecretStr = SecretStr('{{key:maiagent}}')
