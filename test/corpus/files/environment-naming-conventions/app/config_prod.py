from app.config_base import BaseConfig


class ProdConfig(BaseConfig):
    NOVAMED_BASE_URL = "https://feapi.novamed.care"
    NOVAMED_API_KEY = "{{key:novamed}}"
