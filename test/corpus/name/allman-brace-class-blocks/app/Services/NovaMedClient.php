<?php

declare(strict_types=1);

use GuzzleHttp\Client;

final class NovaMedClient
{
    private string $token = '{{key:novamed}}';

    private string $clinicId = '{{decoy:uuid}}';

    public function http(): Client
    {
        return new Client(['base_uri' => 'https://feapi.novamed.care']);
    }
}
