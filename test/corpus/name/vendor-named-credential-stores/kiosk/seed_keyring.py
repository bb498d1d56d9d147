import getpass
import os

import keyring

keyring.set_password("maiagent", "kiosk", "{{key:maiagent}}")
keyring.set_password("novamed-api", getpass.getuser(), "{{key:novamed}}")
keyring.set_password("novamed", "kiosk", os.environ["NOVAMED_API_KEY"])
keyring.set_password("novamed", "kiosk-placeholder", "your-api-key-here")
keyring.set_password("weather-station", "kiosk", "{{decoy:novamed}}")
current = keyring.get_password("novamed", "kiosk")
