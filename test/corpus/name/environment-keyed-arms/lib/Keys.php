<?php

namespace App\MaiAgent;

// https://api.maiagent.ai/api/v1/
function apiKey(string $env): string
{
    return match ($env) {
        'production' => '{{key:maiagent}}',
        default => '{{key:maiagent}}',
    };
}

function baseUrl(string $env): string
{
    return match ($env) {
        'production' => 'https://api.maiagent.ai/api/v1/',
        default => 'http://localhost:8000/api/v1/',
    };
}
