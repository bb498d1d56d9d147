#!/usr/bin/env bash
set -euo pipefail

export NOVAMED_API_KEY=$'{{key:novamed}}'
export NOVAMED_CLINIC_ID=$'{{decoy:uuid}}'
export MAIAGENT_API_KEY=$'${MAIAGENT_API_KEY}'

node dist/sync.js
