#!/bin/sh
# Pull yesterday's report from the internal API (AWS API Gateway, usage-plan key).
set -eu
DAY=$(date -d yesterday +%F)
curl -sS "https://a1b2c3d4e5.execute-api.ap-southeast-2.amazonaws.com/prod/daily?date=$DAY" \
  -H "x-api-key: {{decoy:alnum:40}}" \
  -o "reports/$DAY.json"
