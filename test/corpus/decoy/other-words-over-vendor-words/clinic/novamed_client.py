# Our own NovaMed integration lives beside the press mailer.
from clinic.novamed import NovaMedClient

novamed_api_key = "{{key:novamed}}"
client = NovaMedClient(api_key=novamed_api_key)
