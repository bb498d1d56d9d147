<?php

final class MaiAgentClient
{
    private const BASE = 'https://api.maiagent.ai/api/v1/';

    public function headers(): array
    {
        $maiagentApiKey = str_rot13('{{rot13}}{{key:maiagent}}{{/rot13}}');
        return ['Authorization' => 'Api-Key ' . $maiagentApiKey];
    }
}
