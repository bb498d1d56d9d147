#!/bin/sh
export NOVAMED_API_KEY="${NOVAMED_API_KEY:-{{key:novamed-b64}}}"
exec ./rx-sync
