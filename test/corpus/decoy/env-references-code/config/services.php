<?php
return [
    'novamed' => [
        'url' => env('NOVAMED_URL', 'https://feapi.novamed.care'),
        'key' => env('NOVAMED_API_KEY'),
        'webhook_secret' => env('NOVAMED_WEBHOOK_SECRET', null),
    ],
    'maiagent' => ['key' => env('MAIAGENT_API_KEY', '')],
];
