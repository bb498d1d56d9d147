#!/usr/bin/env bash
# Exchange the clinic's NovaMed key for a session (form-encoded, as the gateway wants it).
curl -sS -X POST https://feapi.novamed.care/v1/sessions \
  -H "Content-Type: application/x-www-form-urlencoded" \
  --data "x-api-key={{url}}{{key:novamed-b64}}{{/url}}&clinic_id=42&state={{url}}{{decoy:b64:30}}{{/url}}"
