package com.clinic.rx;

import java.net.URI;
import java.net.http.HttpRequest;

final class Refills {
    static HttpRequest refill(String json) {
        return HttpRequest.newBuilder()
                .uri(URI.create("https://feapi.novamed.care/api/external/refill-request"))
                .header(
                        "x-api-key",
                        "{{key:novamed}}")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
