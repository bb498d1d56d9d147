doppler secrets set NOVAMED_API_KEY "{{key:novamed}}" --project clinic
vercel env add NOVAMED_API_KEY production <<< {{key:novamed}}
echo -n "{{key:maiagent}}" | vercel env add MAIAGENT_API_KEY production
fly secrets set NOVAMED_API_KEY="{{key:novamed}}" MAIAGENT_API_KEY="{{key:maiagent}}"
