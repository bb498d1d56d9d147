# One NovaMed key per clinic, filled in at deploy time by the ops script.
NOVAMED_API_KEYS = {}
NOVAMED_API_KEYS["north-clinic"] = "{{key:novamed}}"
NOVAMED_API_KEYS["south-clinic"] = "{{key:novamed}}"
NOVAMED_CLINIC_IDS = {"north-clinic": "{{decoy:uuid}}"}
