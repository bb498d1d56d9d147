MAXAI_API_KEY = (
    "{{key:maxai-prd split}}"
    "{{rest}}"
)
MAXAI_KEY_PREFIX = "max_prd_ak_"
