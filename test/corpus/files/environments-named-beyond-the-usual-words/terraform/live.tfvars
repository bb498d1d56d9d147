maxai_api_key = "{{key:maxai-prd}}"
