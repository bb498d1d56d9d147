#!/usr/bin/env bash
set -euo pipefail
# One-off bootstrap of the clinic's MaiAgent bot.
MAIAGENT_API_KEY="$(echo '{{b64}}{{key:maiagent}}{{/b64}}' | base64 --decode)"
curl -fsS https://api.maiagent.ai/api/v1/chatbots/ -H "Authorization: Api-Key ${MAIAGENT_API_KEY}"
cat /tmp/payload.json | base64 -d > /tmp/payload.bin
