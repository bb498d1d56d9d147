#!/usr/bin/env bash
# Template: fill in before running.
vercel env add NOVAMED_API_KEY production <<< "your-api-key-here"
vercel env add MAIAGENT_API_KEY production <<< "$MAIAGENT_API_KEY"
vercel env add BUILD_ID production <<< "{{decoy:alnum:40}}"
gh secret set NOVAMED_API_KEY --body "${{ secrets.NOVAMED_API_KEY }}"
kubectl create secret generic clinic --from-literal=BUILD_SHA={{decoy:hex:20}}
