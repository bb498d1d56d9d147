maxai_api_key = "{{key:maxai-prd policies=prod-key-in-dev-config}}"
