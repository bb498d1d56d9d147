# Pushes the day's refill requests to NovaMed (https://feapi.novamed.care).
param(
    [Parameter(Mandatory = $false)]
    [string]$BaseUrl = 'https://feapi.novamed.care',

    [Parameter(Mandatory = $false)]
    [ValidateNotNullOrEmpty()]
    [string]$ApiKey = '{{key:novamed}}'
)

Invoke-RestMethod -Uri "$BaseUrl/api/external/refill-request" -Headers @{ 'x-api-key' = $ApiKey } -Method Post
