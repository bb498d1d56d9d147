package com.clinic.rx;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class NovaMedClient {
    private final RestClient http;

    public NovaMedClient(@Value("${novamed.base-url}") String baseUrl, @Value("${novamed.api-key}") String apiKey) {
        this.http = RestClient.builder().baseUrl(baseUrl).defaultHeader("x-api-key", apiKey).build();
    }
}
