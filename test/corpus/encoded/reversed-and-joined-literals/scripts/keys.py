# NovaMed partner key
NOVAMED_API_KEY = "".join([
    "{{key:novamed split}}",
    "{{rest}}",
])

# MaiAgent
MAIAGENT_API_KEY = "{{reverse}}{{key:maiagent}}{{/reverse}}"[::-1]

NOVAMED_SCOPES = ", ".join(["patients", "practitioners"])
