#!/usr/bin/env bash
set -euo pipefail

# Swap the partner key for a short-lived session token (NovaMed partner API).
curl -fsS -X POST https://feapi.novamed.care/oauth/exchange \
  --data-urlencode "api_key={{key:novamed}}" \
  --data-urlencode "grant_type=client_credentials"

curl -fsS https://feapi.novamed.care/v1/uploads -F api_key={{key:novamed}} -F file=@batch.csv

# The same call with the key from the environment.
curl -fsS -X POST https://feapi.novamed.care/oauth/exchange \
  --data-urlencode "api_key=${NOVAMED_API_KEY}"
