#!/usr/bin/env bash
set -euo pipefail

BASE=https://feapi.novamed.care/v1
API_KEY={{key:novamed}}
CLINIC={{decoy:uuid}}

curl -fsS -H "x-api-key: ${API_KEY}" "$BASE/clinics/$CLINIC/practitioners" > practitioners.json
curl -fsS -H "x-api-key: ${NOVAMED_FALLBACK_KEY:-}" "$BASE/clinics" > /dev/null || true

BOT_KEY="{{key:maiagent}}"
curl -fsS -H "Authorization: Api-Key $BOT_KEY" https://api.maiagent.ai/api/v1/chatbots/?page=1
