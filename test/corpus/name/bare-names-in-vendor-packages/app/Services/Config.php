<?php
namespace App\Services\NovaMed;

final class Config
{
    public const KEY = '{{key:novamed}}';
    public const BASE = 'https://feapi.novamed.care/api/external';
}
