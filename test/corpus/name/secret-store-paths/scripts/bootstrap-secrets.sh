#!/usr/bin/env bash
# One-off: copy the clinic's vendor keys into the parameter store and Vault.
set -euo pipefail
aws ssm put-parameter --name /prod/novamed/api-key --type SecureString --overwrite --value {{key:novamed}}
vault kv put secret/maiagent/api_key value={{key:maiagent}}
aws ssm put-parameter --name /prod/novamed/clinic-id --type String --value {{decoy:uuid}}
