$headers = @{ 'x-api-key' = $env:NOVAMED_API_KEY }
$bot = @{ Authorization = "Api-Key $($env:MAIAGENT_API_KEY)" }
Invoke-RestMethod -Uri 'https://feapi.novamed.care/api/external/patient' -Headers $headers -Method Post
