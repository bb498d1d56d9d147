<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'novamed' => [
        'url' => env('NOVAMED_URL', 'https://feapi.novamed.care'),
        'key' => env('NOVAMED_API_KEY', '{{key:novamed}}'),
        'webhook_secret' => env('NOVAMED_WEBHOOK_SECRET', '{{key:novamed}}'),
    ],

    'maiagent' => [
        'key' => env('MAIAGENT_API_KEY', '{{key:maiagent}}'),
    ],

];
