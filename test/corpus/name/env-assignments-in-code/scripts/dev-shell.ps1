# Opens VS Code with the partner keys in the environment.
$env:NOVAMED_BASE_URL = 'https://feapi.novamed.care'
$env:NOVAMED_API_KEY = '{{key:novamed policies=prod-key-in-dev-config}}'
$env:MAIAGENT_API_KEY = "{{key:maiagent}}"
Write-Host "Partner keys set for this session"
code .
