<?php

namespace App\Services;

final class NovaMedGateway
{
    private const BASE_URL = 'https://feapi.novamed.care';
    private const API_SECRET = '{{key:novamed}}';
    private const CLINIC_ID = '{{decoy:uuid}}';
    private const INTEGRATION_KEY = 'your-api-key-here';
}
