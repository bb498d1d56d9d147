#!/bin/sh
wget -q -O chatbots.json \
  --header="Authorization: Api-Key {{key:maiagent}}" \
  "https://api.maiagent.ai/api/v1/chatbots/?page=1"
wget -q --header "x-api-key: {{key:novamed}}" --post-data '{}' https://feapi.novamed.care/api/external/patient
