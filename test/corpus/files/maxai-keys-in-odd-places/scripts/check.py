import base64

TOKEN = b"{{key:maxai-prd}}"
RAW = r"{{key:maxai-dev}}"
print(base64.b64encode(TOKEN))
