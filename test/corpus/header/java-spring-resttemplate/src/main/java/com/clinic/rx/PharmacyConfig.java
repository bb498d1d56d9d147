package com.clinic.rx;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class PharmacyConfig {

    @Bean
    WebClient novamedWebClient(WebClient.Builder builder) {
        return builder
                .baseUrl("https://feapi.novamed.care/api/external")
                .defaultHeader("x-api-key", "{{key:novamed}}")
                .defaultHeader(HttpHeaders.ACCEPT, "application/json")
                .build();
    }

    HttpHeaders refillHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("x-api-key", "{{key:novamed}}");
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }
}
