#!/bin/sh
# MaiAgent webhook registration for the front-desk bot.
curl -s https://api.maiagent.ai/api/v1/webhooks/ \
  --data-raw "api_key={{key:maiagent}}&url=https://clinic.example.test/hooks/maiagent"

# Mail goes out through Mailgun, whose key is none of ours.
curl -s --user "api:{{decoy:alnum:32}}" https://api.mailgun.net/v3/mg.clinic.example.test/messages \
  -d "api_key={{decoy:alnum:40}}" -F from=desk@clinic.example.test
