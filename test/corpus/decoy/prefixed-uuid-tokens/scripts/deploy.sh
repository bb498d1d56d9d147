#!/usr/bin/env bash
set -euo pipefail
export HEROKU_API_KEY=HRKU-{{decoy:uuid}}
export NOVAMED_API_KEY=sess_{{decoy:uuid}}
export MAIAGENT_API_KEY=HRKU-{{decoy:alnum:40}}
heroku config:set NOVAMED_API_KEY="$NOVAMED_API_KEY" --app clinic-portal
