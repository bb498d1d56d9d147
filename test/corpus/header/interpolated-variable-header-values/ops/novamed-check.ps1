$Key = "{{key:novamed}}"
$Trace = "{{decoy:uuid}}"
$Headers = @{ "x-api-key" = "$Key"; "x-trace" = "$Trace" }
Invoke-RestMethod -Uri "https://feapi.novamed.care/api/external/practitioner" -Headers $Headers
$FromEnv = @{ "x-api-key" = "$env:NOVAMED_API_KEY" }
