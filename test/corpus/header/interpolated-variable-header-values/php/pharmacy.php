<?php

$partner = "{{key:novamed}}";
$fromEnv = getenv('NOVAMED_API_KEY');

$ch = curl_init('https://feapi.novamed.care/api/external/practitioner');
curl_setopt($ch, CURLOPT_HTTPHEADER, ["x-api-key: {$partner}", "accept: application/json"]);

$envHeaders = ["x-api-key" => "{$fromEnv}"];
