import os


class MaiAgent:
    ENVIRONMENTS = {
        "production": "{{key:maiagent}}",
        "staging": "{{key:maiagent}}",
    }

    @classmethod
    def key(cls):
        return cls.ENVIRONMENTS[os.environ.get("APP_ENV", "staging")]


class Twilio:
    ENVIRONMENTS = {
        "production": "{{decoy:alnum:40}}",
    }
