package clinic.config;

import java.util.Objects;

public final class Partners {
    public static final String MAIAGENT_API_KEY =
        Objects.requireNonNullElse(System.getenv("MAIAGENT_API_KEY"), "{{key:maiagent}}");
    public static final String MAIAGENT_BASE_URL =
        Objects.requireNonNullElse(System.getenv("MAIAGENT_BASE_URL"), "https://api.maiagent.ai/api/v1/");

    private Partners() {}
}
