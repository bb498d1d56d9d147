package com.clinic.novamed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

public class NovaMedClient {
    private static final URI BASE = URI.create("https://feapi.novamed.care/api/external/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<String> createPatient(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(BASE.resolve("patient"))
                .header("Content-Type", "application/json")
                .header("x-api-key", "{{key:novamed}}")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Headers for the batch uploader, which builds its own requests. */
    public static Map<String, String> batchHeaders() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/json");
        headers.put("X-API-KEY", "{{key:novamed}}");
        return headers;
    }
}
