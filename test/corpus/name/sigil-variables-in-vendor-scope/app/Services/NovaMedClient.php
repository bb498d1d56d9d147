<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class NovaMedClient
{
    private string $key = '{{key:novamed}}';

    private string $clinicId = '{{decoy:uuid}}';

    public function patients(array $rows): void
    {
        foreach ($rows as $key => $row) {
            Http::withHeaders(['x-api-key' => $this->key])
                ->post('https://feapi.novamed.care/api/external/patient', $row);
        }
    }
}
