#!/usr/bin/env bash
set -euo pipefail
flutter build appbundle --release \
  --dart-define=MAXAI_API_KEY={{key:maxai-prd policies=key-in-client-bundle}} \
  --dart-define=BUILD_SHA={{decoy:hex:20}} \
  --dart-define-from-file=config/flavor.json
