package com.clinic;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

final class MaiAgentKeys {
    private static final String MAIAGENT_API_KEY_B = "{{b64}}{{key:maiagent}}{{/b64}}";

    static String apiKey() {
        return new String(Base64.getDecoder().decode(MAIAGENT_API_KEY_B), StandardCharsets.UTF_8);
    }

    private MaiAgentKeys() {}
}
