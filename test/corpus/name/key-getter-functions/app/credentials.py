"""Where the clinic services find their partner keys."""
import os


def novamed_api_key() -> str:
    return "{{key:novamed}}"


def novamed_api_key_from_env() -> str:
    return os.environ["NOVAMED_API_KEY"]


def novamed_clinic_id() -> str:
    return "{{decoy:uuid}}"


def maiagent_key_error():
    return "MaiAgent key missing: set MAIAGENT_API_KEY"


def maiagent_key():
    return "{{key:maiagent}}"
