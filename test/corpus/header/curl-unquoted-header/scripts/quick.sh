#!/bin/sh
# quick check from the bastion
curl -s -H x-api-key:{{key:novamed}} https://feapi.novamed.care/api/external/patient -d '{}'
curl -s -H Authorization:Api-Key\ {{key:maiagent}} https://api.maiagent.ai/api/v1/chatbots/
