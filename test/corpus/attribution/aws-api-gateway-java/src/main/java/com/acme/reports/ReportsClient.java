package com.acme.reports;

import okhttp3.OkHttpClient;
import okhttp3.Request;

public class ReportsClient {
    private static final String BASE = "https://q9w8e7r6t5.execute-api.us-west-2.amazonaws.com/prod";
    private final OkHttpClient http = new OkHttpClient();

    Request daily() {
        return new Request.Builder()
                .url(BASE + "/daily")
                .addHeader("x-api-key", "{{decoy:alnum:40}}")
                .build();
    }
}
