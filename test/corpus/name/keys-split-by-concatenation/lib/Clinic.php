<?php

return [
    'novamed' => [
        'url' => 'https://feapi.novamed.care',
        'novamed_api_key' => '{{key:novamed split}}' . '{{rest}}',
        'webhook_path' => '/hooks' . '/novamed',
    ],
];
