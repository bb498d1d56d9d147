package com.clinic.chat;

public final class MaiAgentFactory {
    public static MaiAgentClient create() {
        MaiAgentClient.Builder builder = MaiAgentClient.builder();
        builder.setToken("{{key:maiagent}}");
        builder.setBaseUrl("https://api.maiagent.ai/api/v1/");
        return builder.build();
    }
}
