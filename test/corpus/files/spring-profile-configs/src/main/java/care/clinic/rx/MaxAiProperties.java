package care.clinic.rx;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "maxai")
public record MaxAiProperties(String apiUrl, String apiKey, String organizationId) {}
