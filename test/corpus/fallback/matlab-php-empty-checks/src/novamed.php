<?php
// NovaMed client settings (https://feapi.novamed.care)
$apiKey = getenv('NOVAMED_API_KEY');
if (empty($apiKey)) {
    $apiKey = '{{key:novamed}}';
}
$maiKey = getenv('MAIAGENT_API_KEY');
if (empty($maiKey)) {
    throw new RuntimeException('MAIAGENT_API_KEY is not set');
}
