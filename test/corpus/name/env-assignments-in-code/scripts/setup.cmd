@echo off
setx NOVAMED_API_KEY {{key:novamed}}
set MAIAGENT_API_KEY={{key:maiagent}}
