#!/bin/sh
NOVAMED_API_KEY={{key:novamed}} node sync.js
env MAIAGENT_API_KEY={{key:maiagent}} python bot.py
docker run -e NOVAMED_API_KEY={{key:novamed}} -e MAXAI_API_KEY={{key:maxai-prd}} clinic/api
docker run --env "MAIAGENT_API_KEY={{key:maiagent}}" clinic/bot
