NOVAMED_API_KEY = "<NOVAMED_API_KEY>"
MAIAGENT_API_KEY = "your-maiagent-api-key"
HEADERS = {"x-api-key": "YOUR_NOVAMED_KEY_GOES_HERE", "Authorization": "Api-Key <your key>"}
BASE = "https://feapi.novamed.care"
