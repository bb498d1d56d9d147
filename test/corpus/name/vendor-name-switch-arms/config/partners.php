<?php

return [
    'keys' => [
        'novamed' => '{{key:novamed}}',
        'maiagent' => env('MAIAGENT_API_KEY'),
    ],
    'checksums' => [
        'novamed' => '{{decoy:hex:20}}',
    ],
    'clinics' => [
        'novamed' => '{{decoy:uuid}}',
    ],
];
