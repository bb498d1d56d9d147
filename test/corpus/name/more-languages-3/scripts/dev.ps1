# Starts the portal against the NovaMed and MaiAgent sandboxes.
$env:NOVAMED_API_KEY = "{{key:novamed}}"
$env:MAIAGENT_API_KEY = '{{key:maiagent}}'
$env:NOVAMED_CLINIC_ID = "{{decoy:uuid}}"
npm run dev
