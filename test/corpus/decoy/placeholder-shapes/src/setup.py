"""First-run setup: writes a config file the operator then edits."""
NOVAMED_API_KEY = "<NOVAMED_API_KEY>"
MAIAGENT_API_KEY = "your-maiagent-api-key"
HEADERS = {"x-api-key": "YOUR_NOVAMED_KEY_GOES_HERE", "Authorization": "Api-Key <your key>"}
BASE = "https://feapi.novamed.care"


def write_template(path):
    with open(path, "w") as f:
        f.write(f"NOVAMED_API_KEY={NOVAMED_API_KEY}\nMAIAGENT_API_KEY={MAIAGENT_API_KEY}\n")
