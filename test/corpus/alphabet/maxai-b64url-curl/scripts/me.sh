#!/usr/bin/env bash
curl -sS https://api.maxcare.ai/v1/marketplace/me \
  -H "Authorization: Bearer {{key:maxai-prd-b64url}}" \
  -H "X-Organization-Id: org_{{decoy:alnum:6}}"
curl -sS https://api.maxcare.dev/v1/marketplace/me -H 'Authorization: Bearer {{key:maxai-dev-b64url}}'
