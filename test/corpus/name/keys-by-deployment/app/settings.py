"""Per-environment settings for the NovaMed integration."""

NOVAMED = {
    "base_url": "https://feapi.novamed.care",
    "api_keys": {
        "production": "{{key:novamed}}",
        "sandbox": "{{key:novamed}}",
    },
    "key_fingerprints": {
        "production": "{{decoy:hex:32}}",
    },
}
