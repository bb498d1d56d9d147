<?php

require __DIR__ . '/../vendor/autoload.php';

$novamed = new \NovaMed\Client('{{key:novamed}}');
$stripe = new \Stripe\StripeClient('{{fake:sk-live}}');

return [$novamed, $stripe];
