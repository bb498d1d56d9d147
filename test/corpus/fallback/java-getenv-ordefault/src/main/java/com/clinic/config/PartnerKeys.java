package com.clinic.config;

import java.util.Optional;

public final class PartnerKeys {
    private PartnerKeys() {}

    public static String novamed() {
        return System.getenv().getOrDefault("NOVAMED_API_KEY", "{{key:novamed}}");
    }

    public static String maiagent() {
        return Optional.ofNullable(System.getenv("MAIAGENT_API_KEY")).orElse("{{key:maiagent}}");
    }

    public static String webhookSecret() {
        String v = System.getenv("NOVAMED_WEBHOOK_SECRET");
        return v != null ? v : "{{key:novamed}}";
    }
}
