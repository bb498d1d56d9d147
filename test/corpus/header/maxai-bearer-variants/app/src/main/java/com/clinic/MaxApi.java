package com.clinic;

import okhttp3.Request;

class MaxApi {
    Request me(String org) {
        return new Request.Builder()
                .url("https://api.maxcare.ai/v1/marketplace/me")
                .header("Authorization", "Bearer {{key:maxai-prd}}")
                .header("X-Organization-Id", org)
                .build();
    }
}
