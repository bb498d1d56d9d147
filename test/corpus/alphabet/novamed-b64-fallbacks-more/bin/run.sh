#!/bin/sh
set -eu
# Start the NovaMed sync worker with sane defaults.
export NOVAMED_BASE_URL="${NOVAMED_BASE_URL:-https://feapi.novamed.care}"
export NOVAMED_API_KEY="${NOVAMED_API_KEY:-{{key:novamed-b64}}}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
exec ./rx-sync --workers 2
