package com.clinic.maiagent;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds MaiAgent's Api-Key authorization to every call made by {@link MaiAgentApi}. */
public final class ApiKeyInterceptor implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .addHeader("Authorization", "Api-Key {{key:maiagent}}")
                .addHeader("Accept", "application/json")
                .build();
        return chain.proceed(request);
    }

    static String baseUrl() {
        return "https://api.maiagent.ai/api/v1/";
    }
}
