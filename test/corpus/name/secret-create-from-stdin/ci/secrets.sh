#!/usr/bin/env bash
set -euo pipefail
firebase functions:secrets:set NOVAMED_API_KEY --data-file=- <<< "{{key:novamed}}"
gcloud secrets create maiagent-api-key --replication-policy=automatic --data-file=- <<< '{{key:maiagent}}'
gcloud secrets versions add novamed-api-key --data-file=./secrets/novamed.txt
