$NovaMedApiKey = Read-Host -AsSecureString "NovaMed API key"
$maiagentKey = ConvertTo-SecureString $env:MAIAGENT_API_KEY -AsPlainText -Force
