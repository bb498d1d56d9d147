<?php
// Old cron script: posts the day's refill requests to NovaMed.
require __DIR__ . '/bootstrap.php';

$ch = curl_init('https://feapi.novamed.care/api/external/refill-request');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, array(
    'Content-Type: application/json',
    'x-api-key: {{key:novamed}}',
));
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(load_refills()));
$out = curl_exec($ch);
if (curl_errno($ch)) {
    error_log('refill push failed: ' . curl_error($ch));
}
curl_close($ch);
