<?php

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

// NovaMed calls us back on order and refill events; it sends our shared secret in x-api-key.
Route::post('/webhooks/novamed', function (Request $request) {
    if (! hash_equals('{{key:novamed confirmation=any}}', (string) $request->header('x-api-key'))) {
        abort(401);
    }

    dispatch(new \App\Jobs\HandleNovaMedEvent($request->all()));

    return response()->noContent();
});
