class NovaMed:
    ENVIRONMENTS = {
        "development": "",
        "production": "registry.acme.io/novamed-sync:2024.07.0-rc.1",
        "staging": "sha256:{{decoy:hex:64}}",
    }
