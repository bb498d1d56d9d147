#!/usr/bin/env bash
set -euo pipefail

# nightly patient sync against NovaMed
novamed-sync --api-key {{key:novamed}} --endpoint https://feapi.novamed.care --since "$(date -d yesterday +%F)"

# the bot's knowledge base refresh
python -m kb.refresh --base-url https://api.maiagent.ai/api/v1/ --api-key "{{key:maiagent}}" --chatbot {{decoy:uuid}}

# ids are not keys
novamed-sync --tenant-id {{decoy:alnum:40}} --endpoint https://feapi.novamed.care
