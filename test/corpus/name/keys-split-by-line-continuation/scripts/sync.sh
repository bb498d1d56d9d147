#!/bin/sh
NOVAMED_API_KEY="{{key:novamed split}}"\
"{{rest}}"
curl -fsS -H "x-api-key: $NOVAMED_API_KEY" https://feapi.novamed.care/api/external/practitioner
