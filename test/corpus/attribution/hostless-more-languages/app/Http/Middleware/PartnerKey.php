<?php

namespace App\Http\Middleware;

use Closure;

class PartnerKey
{
    public function handle($request, Closure $next)
    {
        if ($request->header('x-api-key') !== '{{key:novamed unconfirmed}}') {
            abort(401);
        }
        return $next($request);
    }
}
