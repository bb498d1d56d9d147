<?php

namespace App\Services;

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Log;

class NovaMedGateway
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://feapi.novamed.care/api/external/',
            'timeout'  => 10.0,
            'headers'  => [
                'x-api-key'    => '{{key:novamed}}',
                'Accept'       => 'application/json',
                'Content-Type' => 'application/json',
            ],
        ]);
    }

    public function createPatient(array $patient): array
    {
        $response = $this->http->post('patient', ['json' => $patient]);
        Log::info('novamed patient created', ['status' => $response->getStatusCode()]);

        return json_decode((string) $response->getBody(), true);
    }
}
