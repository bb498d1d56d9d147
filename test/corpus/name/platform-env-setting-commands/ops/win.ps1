$env:NOVAMED_API_KEY = "{{key:novamed}}"
[Environment]::SetEnvironmentVariable("MAIAGENT_API_KEY", "{{key:maiagent}}", "User")
setx NOVAMED_API_KEY "{{key:novamed}}"
