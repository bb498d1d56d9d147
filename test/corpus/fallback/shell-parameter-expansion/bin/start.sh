#!/usr/bin/env bash
set -euo pipefail

export NOVAMED_BASE_URL="${NOVAMED_BASE_URL:-https://feapi.novamed.care}"
export NOVAMED_API_KEY="${NOVAMED_API_KEY:-{{key:novamed}}}"
export MAIAGENT_API_KEY=${MAIAGENT_API_KEY-{{key:maiagent}}}
: "${MAXAI_API_KEY:={{key:maxai-prd}}}"
export MAXAI_API_KEY

exec node dist/server.js "$@"
