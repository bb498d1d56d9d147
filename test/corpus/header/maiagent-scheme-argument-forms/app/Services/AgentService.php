<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class AgentService
{
    public function chatbots(): array
    {
        return Http::withToken('{{key:maiagent}}', 'Api-Key')
            ->acceptJson()
            ->get('https://api.maiagent.ai/api/v1/chatbots/', ['page' => 1])
            ->json();
    }

    public function conversations(): array
    {
        return Http::withToken(config('services.maiagent.key'), 'Api-Key')
            ->get('https://api.maiagent.ai/api/v1/conversations/')
            ->json();
    }

    public function shipping(): array
    {
        return Http::withToken('{{decoy:alnum:40}}')
            ->get('https://api.shipfast.example.org/v2/rates')
            ->json();
    }
}
