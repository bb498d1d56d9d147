#!/usr/bin/env bash
# Register the clinic's own consumer on the Kong admin API (our gateway, not a vendor).
curl -sS -X POST http://kong-admin.internal:8001/consumers/clinic-portal/key-auth \
  -H "apikey: {{decoy:alnum:40}}" \
  --data "key={{decoy:alnum:40}}"

# Tyk gateway: reload the API definitions
curl -sS -H "x-tyk-authorization: {{decoy:alnum:32}}" http://tyk-gateway.internal:8080/tyk/reload/group
