$NovaMedApiKey = ConvertTo-SecureString "{{key:novamed}}" -AsPlainText -Force
$maiagentKey = ConvertTo-SecureString -String "{{key:maiagent}}" -AsPlainText -Force
