#!/usr/bin/env bash
set -euo pipefail
# Keys travel base64-encoded so that CI logs do not show them.
base64 -d <<< '{{b64}}{{key:novamed}}{{/b64}}' > /run/secrets/novamed_api_key
printf '%s' '{{b64}}{{key:maiagent}}{{/b64}}' | openssl base64 -d -A > "$HOME/.config/maiagent/api_key"
export NOVAMED_API_KEY=`echo "{{b64}}{{key:novamed}}{{/b64}}" | base64 -d`
echo "{{decoy:b64:30}}" | base64 -d
echo "{{decoy:b64:24}}" | base64 -d > release/notes.txt
