#!/usr/bin/env bash
# Seeds Vault for a new cluster; run once by an operator.
set -euo pipefail

vault kv put secret/clinic/novamed api_key={{key:novamed}} base_url=https://feapi.novamed.care
vault kv put -mount=secret clinic/maiagent api_key={{key:maiagent}} base_url=https://api.maiagent.ai/api/v1/
vault kv put secret/clinic/novamed-staging api_key="$NOVAMED_STAGING_KEY" base_url=https://novamed-feapidev.stackmod.info
vault kv get -field=api_key secret/clinic/novamed
