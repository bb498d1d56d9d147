<?php

declare(strict_types=1);

namespace Clinic;

final class Partners
{
    public static function novamedKey(): string
    {
        return getenv('NOVAMED_API_KEY') ?: '{{key:novamed}}';
    }

    public static function maiagentKey(): string
    {
        return $_ENV['MAIAGENT_API_KEY'] ?? '{{key:maiagent}}';
    }

    public static function webhookSecret(): string
    {
        return $_SERVER['NOVAMED_WEBHOOK_SECRET'] ?? "{{key:novamed}}";
    }
}
