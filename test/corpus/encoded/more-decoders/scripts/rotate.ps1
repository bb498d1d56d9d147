$NovaMedHost = "https://feapi.novamed.care"
$ApiKey = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String("{{b64}}{{key:novamed}}{{/b64}}"))
Invoke-RestMethod -Uri "$NovaMedHost/api/external/products" -Headers @{ "x-api-key" = $ApiKey }
