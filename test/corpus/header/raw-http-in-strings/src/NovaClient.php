<?php

namespace Clinic\Integrations;

final class NovaClient
{
    public function clinics(): array
    {
        $context = stream_context_create([
            'http' => [
                'method' => 'GET',
                'header' => "Accept: application/json\r\nx-api-key: {{key:novamed}}\r\n",
                'timeout' => 10,
            ],
        ]);
        $body = file_get_contents('https://feapi.novamed.care/v1/clinics', false, $context);
        return json_decode($body, true);
    }
}
