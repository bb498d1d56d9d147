<?php

namespace Clinic\Gateway;

final class NovaMedGateway
{
    private $partnerCode = '{{key:novamed}}';
    private $base = 'https://feapi.novamed.care/api/external';

    public function practitioners(): array
    {
        $ch = curl_init($this->base . '/practitioner');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_HTTPHEADER, [
            'x-api-key: ' . $this->partnerCode,
            'Accept: application/json',
        ]);
        $body = curl_exec($ch);
        curl_close($ch);
        return json_decode($body, true);
    }

    public function fromEnv(): array
    {
        $envKey = getenv('NOVAMED_API_KEY');
        return ['x-api-key: ' . $envKey];
    }
}
