<?php
namespace Clinic\NovaMed;

// Kept for the old cron box until it moves to the env file.
$key = '{{key:novamed}}';
$token = getenv('NOVAMED_API_KEY');
$secret = $_ENV['NOVAMED_WEBHOOK_SECRET'] ?? '';
$cacheKey = 'novamed:' . '{{decoy:hex:20}}';
