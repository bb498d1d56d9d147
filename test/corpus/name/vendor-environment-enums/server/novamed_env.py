from enum import Enum


class NovaMedEnv(str, Enum):
    PRODUCTION = "{{key:novamed}}"
    DEVELOPMENT = "{{key:novamed}}"
