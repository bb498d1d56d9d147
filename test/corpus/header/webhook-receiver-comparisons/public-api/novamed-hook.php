<?php
// NovaMed webhook endpoint (events from https://feapi.novamed.care)
if (($_SERVER['HTTP_X_API_KEY'] ?? '') !== '{{key:novamed}}') {
    http_response_code(401);
    exit;
}
if (!hash_equals($_SERVER['HTTP_X_API_KEY'], '{{key:novamed}}')) {
    http_response_code(401);
    exit;
}
http_response_code(204);
