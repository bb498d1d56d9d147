import os

# The pharmacy sync runs on the clinic's laptop when the vault is down.
NOVAMED_BASE_URL = os.environ.get("NOVAMED_BASE_URL", "https://feapi.novamed.care")
NOVAMED_API_KEY = os.environ["NOVAMED_API_KEY"] if "NOVAMED_API_KEY" in os.environ else "{{key:novamed}}"
NOVAMED_CLINIC_ID = os.environ.get("NOVAMED_CLINIC_ID", "{{decoy:uuid}}")
REQUEST_ID_SALT = os.environ["SALT"] if "SALT" in os.environ else "{{decoy:hex:16}}"
