import os

import requests

BASE = "https://api.maiagent.ai/api/v1"


def session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = "Api-Key %s" % "{{key:maiagent}}"
    return s


def env_session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = "Api-Key {}".format(os.environ["MAIAGENT_API_KEY"])
    s.headers["X-Build"] = "build-{}".format("{{decoy:hex:20}}")
    return s
