from decouple import config
import environ

env = environ.Env()

DEBUG = config("DEBUG", default=False, cast=bool)
SECRET_KEY = config("DJANGO_SECRET_KEY", default="django-insecure-change-me")

NOVAMED_API_KEY = config("NOVAMED_API_KEY", default="{{key:novamed}}")
MAIAGENT_API_KEY = env.str("MAIAGENT_API_KEY", default="{{key:maiagent}}")
MAXAI_API_KEY = env("MAXAI_API_KEY", default="{{key:maxai-dev}}")
