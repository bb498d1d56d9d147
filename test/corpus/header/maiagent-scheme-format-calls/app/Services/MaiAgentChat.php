<?php

namespace App\Services;

// Reception chatbot on https://api.maiagent.ai
class MaiAgentChat
{
    private string $apiKey = '{{key:maiagent}}';
    private string $tenant = '{{decoy:uuid}}';

    public function headers(): array
    {
        return [
            "Authorization: Api-Key {$this->apiKey}",
            "X-Tenant: {$this->tenant}",
            'Accept: application/json',
        ];
    }

    public function envHeaders(): array
    {
        $key = getenv('MAIAGENT_API_KEY');
        return ["Authorization: Api-Key {$key}"];
    }
}
