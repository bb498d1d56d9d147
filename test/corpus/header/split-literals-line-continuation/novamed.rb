module Integrations
  # Long literals wrapped by rubocop's Layout/LineLength autocorrect.
  NOVAMED_API_KEY = "{{key:novamed split}}" \
    "{{rest}}"
  NOVAMED_URL = "https://feapi.novamed.care"
end
