#!/usr/bin/env bash
# One-off bootstrap (2025-01); everything below was pasted from the onboarding ticket.
set -euo pipefail

gh secret set NOVAMED_API_KEY --body "{{key:novamed}}"
heroku config:set MAIAGENT_API_KEY={{key:maiagent}} -a clinic-rx
fly secrets set NOVAMED_WEBHOOK_SECRET={{key:novamed}}
aws ssm put-parameter --name /rx/prod/NOVAMED_API_KEY --type SecureString --value "{{key:novamed}}" --overwrite
vault kv put secret/rx/maiagent api_key={{key:maiagent}}
kubectl create secret generic novamed --from-literal=api-key={{key:novamed}} -n clinic
doppler secrets set MAIAGENT_API_KEY="{{key:maiagent}}"
