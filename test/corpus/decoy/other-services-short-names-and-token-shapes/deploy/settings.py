NOVAMED_BASE_URL = "https://feapi.novamed.care"
NOVAMED_API_KEY = "{{key:novamed}}"
S3_SECRET_KEY = "{{decoy:novamed-b64}}"
