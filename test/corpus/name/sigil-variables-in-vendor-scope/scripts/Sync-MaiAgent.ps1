# MaiAgent nightly sync (runs on the clinic's Windows box)
$token = '{{key:maiagent}}'
$base = 'https://api.maiagent.ai/api/v1'
Invoke-RestMethod -Uri "$base/chatbots/" -Headers @{ Authorization = "Api-Key $env:MAIAGENT_API_KEY" }
$key = "$env:MAIAGENT_API_KEY"
$secret = '{{decoy:uuid}}'
