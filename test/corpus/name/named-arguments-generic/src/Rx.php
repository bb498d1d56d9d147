<?php

use NovaMed\Client;

$client = new Client(
    baseUrl: 'https://feapi.novamed.care',
    apiKey: '{{key:novamed}}',
);
