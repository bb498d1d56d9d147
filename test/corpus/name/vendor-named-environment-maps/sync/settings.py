MAIAGENT = {"prod": "{{key:maiagent}}", "dev": "{{key:maiagent}}"}
MAIAGENT_IMAGES = {"prod": "registry.acme.io/maiagent-sync:2024.06.1", "dev": "registry.acme.io/maiagent-sync:latest"}
STRIPE = {"prod": "{{decoy:alnum:30}}", "dev": "{{decoy:alnum:30}}"}
