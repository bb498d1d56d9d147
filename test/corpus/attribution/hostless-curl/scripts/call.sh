#!/usr/bin/env bash
set -euo pipefail
: "${API_URL:?set API_URL}"
curl -sS -X POST "$API_URL/orders" \
  -H "x-api-key: {{key:novamed unconfirmed}}" \
  -H 'Content-Type: application/json' \
  --data @order.json
