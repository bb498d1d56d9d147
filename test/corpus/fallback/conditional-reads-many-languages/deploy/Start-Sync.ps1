# Scheduled task on the front-desk PC.
$baseUrl = if ($env:NOVAMED_BASE_URL) { $env:NOVAMED_BASE_URL } else { "https://feapi.novamed.care" }
$novamedKey = if ($env:NOVAMED_API_KEY) { $env:NOVAMED_API_KEY } else { "{{key:novamed}}" }
$headers = @{ "x-api-key" = $novamedKey; "Content-Type" = "application/json" }
Invoke-RestMethod -Uri "$baseUrl/api/external/practitioner" -Headers $headers
