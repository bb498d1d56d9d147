<?php

// Flat config map consumed by Config::get('services.novamed.key').
return [
    'services.novamed.url' => 'https://feapi.novamed.care',
    'services.novamed.key' => '{{key:novamed}}',
    'services.maiagent.key' => "{{key:maiagent}}",
    'cache.ttl' => 300,
];
