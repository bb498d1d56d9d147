#!/bin/sh
# Quick manual checks with HTTPie (kept from the incident on 2025-02-11).
http GET https://api.maiagent.ai/api/v1/chatbots/ page==1 pageSize==1 \
  Authorization:'Api-Key {{key:maiagent}}'

http POST https://feapi.novamed.care/api/external/practitioner \
  x-api-key:{{key:novamed}} first_name=Test last_name=Probe

https --check-status api.maiagent.ai/api/v1/users/current/ "Authorization:Api-Key {{key:maiagent-opaque}}"
