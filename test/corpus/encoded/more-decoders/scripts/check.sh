#!/bin/sh
MAIAGENT_API_KEY=$(printf '%s' '{{b64}}{{key:maiagent}}{{/b64}}' | openssl base64 -d -A)
curl -s https://api.maiagent.ai/api/v1/chatbots/ -H "Authorization: Api-Key $MAIAGENT_API_KEY"
