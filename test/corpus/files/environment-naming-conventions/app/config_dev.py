from app.config_base import BaseConfig


class DevConfig(BaseConfig):
    DEBUG = True
    NOVAMED_BASE_URL = "https://feapi.novamed.care"
    NOVAMED_API_KEY = "{{key:novamed policies=prod-key-in-dev-config}}"
