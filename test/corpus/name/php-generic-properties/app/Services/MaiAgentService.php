<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class MaiAgentService
{
    protected string $baseUrl = 'https://api.maiagent.ai/api/v1/';
    private string $apiKey = '{{key:maiagent}}';
    private string $chatbotId = '{{decoy:uuid}}';

    public function ask(string $question): array
    {
        return Http::withHeaders(['Authorization' => 'Api-Key ' . $this->apiKey])
            ->post($this->baseUrl . 'chatbots/' . $this->chatbotId . '/completions/', ['message' => $question])
            ->json();
    }
}
