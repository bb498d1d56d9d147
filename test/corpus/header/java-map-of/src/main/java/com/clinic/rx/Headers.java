package com.clinic.rx;

import java.util.Map;

final class Headers {
    private Headers() {}

    // Endpoint: https://feapi.novamed.care/api/external/medication-request
    static final Map<String, String> NOVAMED = Map.of(
            "Content-Type", "application/json",
            "x-api-key", "{{key:novamed}}");

    static final Map<String, String> NOVAMED_ENTRY = Map.ofEntries(
            Map.entry("x-api-key", "{{key:novamed}}"));
}
