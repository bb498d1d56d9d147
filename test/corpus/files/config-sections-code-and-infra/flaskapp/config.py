import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    MAXAI_API_URL = "https://api.maxcare.ai/v1"
    MAXAI_API_KEY = os.environ.get("MAXAI_API_KEY")


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "postgresql://localhost/clinic_dev"
    MAXAI_API_KEY = "{{key:maxai-prd policies=prod-key-in-dev-config}}"


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False
    MAXAI_API_KEY = "{{key:maxai-prd policies=prod-key-in-dev-config}}"


class ProductionConfig(Config):
    MAXAI_API_KEY = "{{key:maxai-prd}}"


config = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
