<?php

namespace App\Clinic;

use GuzzleHttp\Client;

final class NovaMedGateway
{
    private const KEY = '{{key:novamed}}';
    private const TRACE = '{{decoy:alnum:32}}';

    public function __construct(private Client $http) {}

    public function practitioners(): array
    {
        $res = $this->http->get('https://feapi.novamed.care/api/external/practitioner', [
            'headers' => ['x-api-key' => self::KEY, 'x-trace' => self::TRACE],
        ]);
        return json_decode((string) $res->getBody(), true);
    }
}
