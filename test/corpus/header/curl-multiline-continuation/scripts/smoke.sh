#!/usr/bin/env bash
# Post-deploy smoke test against the partner APIs.
set -euo pipefail

echo "NovaMed practitioner endpoint..."
curl --fail --silent --show-error \
  -X POST "https://feapi.novamed.care/api/external/practitioner" \
  -H 'Content-Type: application/json' \
  -H 'x-api-key: {{key:novamed}}' \
  -d '{}' -o /dev/null -w '%{http_code}\n'

echo "NovaMed with the second key..."
curl -sS --header "X-Api-Key:{{key:novamed}}" https://feapi.novamed.care/api/external/patient -d '{}'

echo "MaiAgent..."
curl -sS https://api.maiagent.ai/api/v1/chatbots/?pageSize=1 \
  -H "Authorization: Api-Key {{key:maiagent}}"

echo "Max AI..."
curl -sS "https://api.maxcare.ai/v1/marketplace/me" \
  -H "Authorization: Bearer {{key:maxai-prd}}" \
  -H "X-Organization-Id: {{decoy:uuid}}"
