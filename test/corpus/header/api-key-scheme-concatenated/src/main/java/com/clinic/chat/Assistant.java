package com.clinic.chat;

import okhttp3.Request;

final class Assistant {
    private static final String BASE = "https://api.maiagent.ai/api/v1/";

    Request chatbots() {
        return new Request.Builder()
                .url(BASE + "chatbots/")
                .header("Authorization", "Api-Key " + "{{key:maiagent}}")
                .build();
    }
}
