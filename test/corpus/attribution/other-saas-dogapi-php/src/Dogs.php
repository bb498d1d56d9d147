<?php

namespace Acme\Waiting;

use GuzzleHttp\Client;

final class Dogs
{
    public static function random(): array
    {
        $client = new Client(['base_uri' => 'https://api.thedogapi.com/v1/']);
        $res = $client->get('images/search', ['headers' => ['x-api-key' => 'live_{{decoy:alnum:60}}']]);
        return json_decode((string) $res->getBody(), true);
    }
}
