<?php
$client = new \GuzzleHttp\Client(['base_uri' => 'https://api.thedogapi.com/v1/']);
$res = $client->get('images/search', ['headers' => ['x-api-key' => 'live_{{decoy:alnum:60}}']]);
