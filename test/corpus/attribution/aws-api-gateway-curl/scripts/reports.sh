#!/bin/sh
curl -sS https://a1b2c3d4e5.execute-api.ap-southeast-2.amazonaws.com/prod/daily \
  -H "x-api-key: {{decoy:alnum:40}}"
