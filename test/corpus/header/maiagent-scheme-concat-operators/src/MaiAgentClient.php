<?php

namespace App\Support;

use Illuminate\Support\Facades\Http;

class MaiAgentClient
{
    public function chatbots(): array
    {
        $key = '{{key:maiagent-opaque}}';
        $fallback = getenv('MAIAGENT_API_KEY');
        $primary = Http::withHeaders(['Authorization' => 'Api-Key ' . $key])
            ->get('https://api.maiagent.ai/api/v1/chatbots/');
        $secondary = Http::withHeaders(['Authorization' => 'Api-Key ' . $fallback])
            ->get('https://api.maiagent.ai/api/v1/chatbots/');
        return $primary->json();
    }
}
