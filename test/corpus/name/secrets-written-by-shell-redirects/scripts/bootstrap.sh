#!/usr/bin/env sh
# Writes the Docker secrets the compose file mounts. Local use only; the values are rotated weekly.
set -eu
mkdir -p secrets run/secrets

echo "{{key:novamed}}" > secrets/novamed_api_key.txt
echo '{{key:maiagent}}' >> ./run/secrets/MAIAGENT_API_KEY
printf %s "{{key:novamed}}" | gh secret set NOVAMED_API_KEY --repo clinic/portal
printf %s {{key:maiagent}} | docker secret create maiagent_api_key -

echo "$NOVAMED_API_KEY" > secrets/novamed_api_key.txt
echo "{{decoy:uuid}}" > secrets/novamed_clinic_id.txt
echo "{{decoy:alnum:40}}" > secrets/session_secret.txt
printf %s "{{decoy:hex:20}}" > .cache/build_id
echo "done" > /dev/stderr
