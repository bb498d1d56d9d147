# NovaMed key (pilot clinic): {{key:novamed}}
# NovaMed key rotation: ask ops, keys are issued by hand after partner approval
import requests

BASE = "https://feapi.novamed.care"


def backfill(session: requests.Session) -> None:
    session.headers["x-api-key"] = load_key()
