# Manual probes from the ops jump host
$ErrorActionPreference = 'Continue'
Invoke-WebRequest -Uri https://feapi.novamed.care/api/external/practitioner -Method Post -Headers @{"x-api-key"="{{key:novamed}}"} -Body '{}'
Invoke-RestMethod https://api.maiagent.ai/api/v1/chatbots/ -Headers @{ Authorization = 'Api-Key {{key:maiagent}}' }
Write-Host "probes done"
