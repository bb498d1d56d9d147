$env:NOVAMED_API_KEY = '{{key:novamed}}'
$env:MAIAGENT_API_KEY = "{{key:maiagent}}"
code .
