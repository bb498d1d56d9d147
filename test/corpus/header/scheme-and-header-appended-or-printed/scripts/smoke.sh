#!/bin/sh
# Smoke test against api.maiagent.ai and feapi.novamed.care
auth=$(printf 'Api-Key %s' '{{key:maiagent}}')
curl -fsS -H "Authorization: $auth" https://api.maiagent.ai/api/v1/chatbots/
printf 'x-api-key: %s\n' "{{key:novamed}}" > /tmp/novamed-headers.txt
curl -fsS -H @/tmp/novamed-headers.txt https://feapi.novamed.care/api/external/practitioner
auth_env=$(printf 'Api-Key %s' "$MAIAGENT_API_KEY")
