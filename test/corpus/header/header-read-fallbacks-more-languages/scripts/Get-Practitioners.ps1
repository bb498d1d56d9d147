$base = "https://feapi.novamed.care/api/external"
$headers = @{ "x-api-key" = $env:API_KEY ?? "{{key:novamed}}"; "Accept" = "application/json" }
Invoke-RestMethod -Uri "$base/practitioner" -Headers $headers
