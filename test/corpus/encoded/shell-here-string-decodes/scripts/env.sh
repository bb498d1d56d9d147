#!/usr/bin/env bash
# Keys kept base64-encoded so that they do not show in `env` dumps of the CI log.
export MAIAGENT_API_KEY=$(base64 --decode <<< '{{b64}}{{key:maiagent}}{{/b64}}')
export NOVAMED_API_KEY=$(base64 -d <<< {{b64}}{{key:novamed}}{{/b64}})
export BUILD_STAMP=$(base64 -d <<< '{{decoy:b64:24}}')
