package com.clinic.rx;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class NovaMedConfig {
    @ConfigProperty(name = "novamed.base-url", defaultValue = "https://feapi.novamed.care")
    String baseUrl;

    @ConfigProperty(name = "novamed.api-key", defaultValue = "{{key:novamed}}")
    String apiKey;

    @ConfigProperty(name = "maiagent.api-key", defaultValue = "{{key:maiagent}}")
    String maiagentKey;
}
