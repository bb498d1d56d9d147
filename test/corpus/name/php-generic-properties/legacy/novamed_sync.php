<?php
// Nightly NovaMed patient sync (legacy cron script).
$apiKey = '{{key:novamed}}';
$requestId = '{{decoy:hex:20}}';

$ch = curl_init('https://feapi.novamed.care/v1/patients?updated_since=' . urlencode(date('c', strtotime('-1 day'))));
curl_setopt($ch, CURLOPT_HTTPHEADER, ['x-api-key: ' . $apiKey, 'x-request-id: ' . $requestId]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$patients = json_decode(curl_exec($ch), true);
