#!/usr/bin/env bash
set -euo pipefail

declare -A API_KEYS=( [novamed]="{{key:novamed}}" [maiagent]="${MAIAGENT_API_KEY:-}" )
declare -A CHECKSUMS=( [novamed]="{{decoy:hex:32}}" )

for vendor in "${!API_KEYS[@]}"; do
  echo "rotating ${vendor}"
done
