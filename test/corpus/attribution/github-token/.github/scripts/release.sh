#!/usr/bin/env bash
# Lists releases for the changelog job.
set -euo pipefail
curl -sS -H "Authorization: Bearer {{fake:ghp}}" -H "X-GitHub-Api-Version: 2022-11-28" \
  https://api.github.com/repos/clinic/portal/releases | jq -r '.[].tag_name'
