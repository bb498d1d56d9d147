param(
    [string]$CsvPath = ".\practitioners.csv"
)

$ErrorActionPreference = 'Stop'
$headers = @{
    'x-api-key'    = '{{key:novamed}}'
    'Content-Type' = 'application/json'
}

Import-Csv $CsvPath | ForEach-Object {
    $body = $_ | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri 'https://feapi.novamed.care/api/external/practitioner' -Headers $headers -Body $body
}

$bot = New-Object 'System.Collections.Generic.Dictionary[[String],[String]]'
$bot.Add("Authorization", "Api-Key {{key:maiagent}}")
Invoke-RestMethod -Uri 'https://api.maiagent.ai/api/v1/chatbots/' -Headers $bot
