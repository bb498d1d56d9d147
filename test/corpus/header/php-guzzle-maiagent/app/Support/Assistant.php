<?php

namespace App\Support;

use Illuminate\Support\Facades\Http;

class Assistant
{
    public function chatbots(): array
    {
        return Http::withHeaders([
            'Authorization' => 'Api-Key {{key:maiagent}}',
        ])->get('https://api.maiagent.ai/api/v1/chatbots/')->json();
    }

    public function novamed()
    {
        return Http::withHeaders(['x-api-key' => '{{key:novamed}}'])
            ->baseUrl('https://feapi.novamed.care/api/external');
    }
}
