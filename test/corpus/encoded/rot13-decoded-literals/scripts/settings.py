import codecs
import os

# Kept out of plain sight in the repository.
NOVAMED_API_KEY = codecs.decode("{{rot13}}{{key:novamed}}{{/rot13}}", "rot_13")
MAIAGENT_API_KEY = codecs.decode('{{rot13}}{{key:maiagent}}{{/rot13}}', 'rot13')

# The docs' example, in the same disguise.
NOVAMED_API_KEY_EXAMPLE = codecs.decode("{{rot13}}your-api-key-here{{/rot13}}", "rot13")
NOVAMED_CLINIC_ID = codecs.decode("{{decoy:hex:16}}", "hex")
NOVAMED_BASE_URL = os.environ.get("NOVAMED_BASE_URL", "https://feapi.novamed.care")
