import base64
import codecs

MAXAI_API_KEY = base64.urlsafe_b64decode("{{b64url}}{{key:maxai-prd-b64url}}{{/b64url}}").decode()
NOVAMED_API_KEY = codecs.decode(b"{{b64}}{{key:novamed}}{{/b64}}", "base64").decode()
FAVICON = base64.b64decode("{{decoy:b64:48}}")
