module MaxConfig
  BASE_URL = "https://api.maxcare.dev/v3"
  STAGING_KEY = "{{key:maxai-dev split=4}}" \
    "{{rest}}"
end
