<?php
namespace App\Services;

class MaiAgent
{
    private string $apiKey = '{{key:maiagent}}';
}
