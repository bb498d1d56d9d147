#!/bin/sh
set -eu
export NOVAMED_BASE_URL="https://feapi.novamed.care"
export NOVAMED_API_KEY="{{key:novamed split}}\
{{rest}}"
exec ./bin/clinic-sync
