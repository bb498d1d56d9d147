<?php

namespace App\Services;

use GuzzleHttp\Client;

final class NovaMedClient
{
    private const BASE_URL = 'https://feapi.novamed.care';

    public function http(): Client
    {
        return new Client([
            'base_uri' => self::BASE_URL,
            'headers' => ['x-api-key' => base64_decode('{{b64}}{{key:novamed}}{{/b64}}')],
        ]);
    }

    public function logo(): string
    {
        return base64_decode('{{b64}}clinic-logo-v2.png{{/b64}}');
    }
}
