param([string]$Clinic)
$novamedApiKey = $env:NOVAMED_API_KEY ?? "{{key:novamed}}"
$novamedClinic = $env:NOVAMED_CLINIC_ID ?? "{{decoy:uuid}}"
$novamedEmpty = $env:NOVAMED_SANDBOX_KEY ?? ""
Invoke-RestMethod -Uri "https://feapi.novamed.care/api/external/practitioner" -Headers @{ "x-api-key" = $novamedApiKey }
