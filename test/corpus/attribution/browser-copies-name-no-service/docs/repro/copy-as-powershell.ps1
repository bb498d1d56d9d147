$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
Invoke-WebRequest -UseBasicParsing -Uri "https://api.maiagent.ai/api/v1/chatbots/" `
-WebSession $session `
-Headers @{
"accept"="application/json, text/plain, */*"
  "sec-ch-ua"="`"Chromium`";v=`"124`", `"Google Chrome`";v=`"124`""
  "authorization"="Api-Key {{key:maiagent}}"
}
