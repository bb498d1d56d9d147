<?php

namespace App\Clients;

use GuzzleHttp\Client;

// Refill requests to https://feapi.novamed.care/api/external
final class RefillClient
{
    private string $partnerCredential = '{{key:novamed}}';
    private string $clinic = '{{decoy:uuid}}';

    public function __construct(private Client $http = new Client(['base_uri' => 'https://feapi.novamed.care/api/external/']))
    {
    }

    public function send(array $body): void
    {
        $this->http->post('refill-request', [
            'headers' => ['x-api-key' => $this->partnerCredential, 'x-clinic' => $this->clinic],
            'json' => $body,
        ]);
    }
}
