#!/usr/bin/env bash
# Lists chatbots on api.maiagent.ai with the team's key.
TOKEN="{{key:maiagent}}"
OTHER="${MAIAGENT_API_KEY:-}"
curl -s -H "Authorization: Api-Key $TOKEN" "https://api.maiagent.ai/api/v1/chatbots/?page=1&pageSize=1"
curl -s -H "x-api-key: $OTHER" "https://feapi.novamed.care/api/external/practitioner"
