NOVAMED_API_KEYS = ["{{key:novamed}}", "{{key:novamed}}"]
VENDOR_SETTINGS = {"NOVAMED_API_KEY": "{{key:novamed}}", "NOVAMED_CLINIC_ID": "{{decoy:uuid}}", "NOVAMED_REGION": "{{decoy:alnum:24}}"}
