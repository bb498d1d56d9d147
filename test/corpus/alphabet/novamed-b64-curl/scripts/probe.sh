#!/bin/sh
curl -sS -X POST https://feapi.novamed.care/api/external/practitioner \
  -H "x-api-key: {{key:novamed-b64}}" \
  -H "Content-Type: application/json" -d '{}'
curl -sS -X POST https://feapi.novamed.care/api/external/patient -H 'x-api-key:{{key:novamed-b64}}' -d '{}'
