@echo off
rem One-time setup for the pharmacy kiosk PCs
setx NOVAMED_BASE_URL https://feapi.novamed.care
setx NOVAMED_API_KEY {{key:novamed}}
set MAIAGENT_API_KEY={{key:maiagent}}
echo Done.
