#!/usr/bin/env bash
# Pushes the new keys everywhere after a rotation. Run by hand, then delete the values below.
set -euo pipefail

echo "{{key:novamed}}" | docker secret create novamed_api_key -
printf '%s' '{{key:novamed}}' | gh secret set NOVAMED_API_KEY --repo clinic/portal
echo -n "{{key:maiagent}}" | gcloud secrets versions add maiagent-api-key --data-file=-
echo "{{decoy:uuid}}" | gh variable set NOVAMED_CLINIC_ID
echo "rotated at $(date -u +%FT%TZ)" | tee -a rotate.log
