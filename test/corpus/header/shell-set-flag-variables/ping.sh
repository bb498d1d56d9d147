NOVAMED_HOST=https://feapi.novamed.care
KEY="{{key:novamed}}"
curl -H "x-api-key: ${KEY}" "$NOVAMED_HOST/api/external/practitioner"
MAI_AUTH='Api-Key {{key:maiagent}}'
curl -H "Authorization: $MAI_AUTH" https://api.maiagent.ai/api/v1/chatbots/
