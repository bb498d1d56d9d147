#!/usr/bin/env bash
echo "NOVAMED_API_KEY={{key:novamed}}" >> "$GITHUB_ENV"
netlify env:set MAIAGENT_API_KEY {{key:maiagent}}
railway variables --set "NOVAMED_API_KEY={{key:novamed}}"
supabase secrets set MAIAGENT_API_KEY={{key:maiagent}}
echo "{{key:novamed}}" | wrangler secret put NOVAMED_API_KEY
printf '%s' "{{key:maiagent}}" | npx wrangler secret put MAIAGENT_API_KEY
dotnet user-secrets set "NovaMed:ApiKey" "{{key:novamed}}"
az webapp config appsettings set -g clinic -n api --settings NOVAMED_API_KEY={{key:novamed}} REGION=eu
gcloud run deploy api --image gcr.io/clinic/api --set-env-vars MAIAGENT_API_KEY={{key:maiagent}},LOG_LEVEL=info
kubectl set env deployment/api NOVAMED_API_KEY={{key:novamed}}
helm upgrade --install api ./chart --set novamed.apiKey={{key:novamed}}
terraform apply -var "maiagent_api_key={{key:maiagent}}"
firebase functions:config:set novamed.key="{{key:novamed}}"
set -gx MAIAGENT_API_KEY {{key:maiagent}}
launchctl setenv NOVAMED_API_KEY {{key:novamed}}
