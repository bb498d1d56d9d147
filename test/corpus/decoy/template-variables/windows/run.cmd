@echo off
set NOVAMED_BASE_URL=https://feapi.novamed.care
curl -H "x-api-key: %NOVAMED_API_KEY%" %NOVAMED_BASE_URL%/api/external/practitioner -d "{}"
