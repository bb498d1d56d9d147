TOKEN_MAIAGENT = "{{key:maiagent}}"
KEY_NOVAMED_PROD = "{{key:novamed}}"
KEY_NOVAMED_ID = "{{decoy:alnum:36}}"
TOKEN_NOVAMED_URL = "https://feapi.novamed.care/oauth/token"
