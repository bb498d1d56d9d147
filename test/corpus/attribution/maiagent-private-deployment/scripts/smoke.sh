#!/usr/bin/env bash
# Smoke test against our on-prem assistant cluster (private deployment, not the public cloud).
set -euo pipefail
curl -fsS https://assistant.clinic-internal.net/api/v1/chatbots/?page=1 \
  -H "Authorization: Api-Key {{key:maiagent unconfirmed}}" \
  -H "Accept: application/json"
