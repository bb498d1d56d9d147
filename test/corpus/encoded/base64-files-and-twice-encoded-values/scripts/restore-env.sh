#!/bin/sh
# Restores the chat service's environment on a fresh runner.
ENV_BLOB="{{gzip-b64}}MAIAGENT_BASE_URL=https://api.maiagent.ai/api/v1/
MAIAGENT_API_KEY={{key:maiagent}}
{{/gzip-b64}}"
echo "$ENV_BLOB" | base64 -d | gunzip > .env
