#!/usr/bin/env bash
# One-off provisioning of the clinic app's secrets on every platform.
set -euo pipefail

vercel env add MAXAI_API_KEY production <<< "{{key:maxai-prd}}"
vercel env add MAXAI_API_KEY preview <<< "$MAXAI_API_KEY"
vercel env add NOVAMED_API_KEY production <<< "{{key:novamed}}"
vercel env add MAIAGENT_API_KEY preview <<< {{key:maiagent}}
vercel env add NOVAMED_API_KEY development <<< "${NOVAMED_API_KEY}"
gh secret set NOVAMED_API_KEY --body "{{key:novamed}}"
gh secret set NOVAMED_API_KEY --body "$NOVAMED_API_KEY"
flyctl secrets set MAIAGENT_API_KEY={{key:maiagent}}
fly secrets set MAIAGENT_API_KEY="$MAIAGENT_API_KEY"
heroku config:set NOVAMED_API_KEY={{key:novamed}} -a clinic-api
doppler secrets set MAXAI_API_KEY="{{key:maxai-prd}}"
az keyvault secret set --vault-name clinic-kv --name NOVAMED-API-KEY --value "{{key:novamed}}"
aws ssm put-parameter --name /clinic/maiagent/api-key --value "{{key:maiagent}}" --type SecureString --overwrite
kubectl create secret generic clinic-keys --from-literal=MAXAI_API_KEY={{key:maxai-prd}} --from-literal=ORG_ID={{decoy:uuid}}
kubectl create secret generic build-info --from-literal=BUILD_SHA={{decoy:hex:20}}
