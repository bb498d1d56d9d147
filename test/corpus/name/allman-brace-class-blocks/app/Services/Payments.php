<?php

declare(strict_types=1);

// Refills are confirmed to NovaMed (https://feapi.novamed.care) once the payment clears.
final class StripeGateway
{
    private string $apiKey = '{{decoy:alnum:36}}';

    public function charge(int $cents): void
    {
    }
}
