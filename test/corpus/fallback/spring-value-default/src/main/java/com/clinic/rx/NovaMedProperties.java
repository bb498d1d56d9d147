package com.clinic.rx;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class NovaMedProperties {

    @Value("${novamed.base-url:https://feapi.novamed.care}")
    private String baseUrl;

    @Value("${novamed.api-key:{{key:novamed}}}")
    private String apiKey;

    @Value("${maiagent.api-key:{{key:maiagent}}}")
    private String maiagentKey;

    public String getBaseUrl() { return baseUrl; }
    public String getApiKey() { return apiKey; }
}
