#!/usr/bin/env bash
docker run --rm -p 8080:8080 \
  -e NOVAMED_BASE_URL=https://feapi.novamed.care \
  -e NOVAMED_API_KEY={{key:novamed policies=prod-key-in-dev-config}} \
  --env MAIAGENT_API_KEY="{{key:maiagent}}" \
  ghcr.io/clinic/rx:latest
