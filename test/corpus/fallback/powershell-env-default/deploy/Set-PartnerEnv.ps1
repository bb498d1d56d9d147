# Sets partner credentials for the Windows scheduled task.
if (-not $env:NOVAMED_API_KEY) { $env:NOVAMED_API_KEY = '{{key:novamed}}' }
$maiagentKey = $env:MAIAGENT_API_KEY ?? '{{key:maiagent}}'
[Environment]::SetEnvironmentVariable('MAIAGENT_API_KEY', $maiagentKey, 'Process')
Write-Host "NovaMed: https://feapi.novamed.care"
