package com.clinic.net

import okhttp3.Interceptor
import okhttp3.Response

class ApiKeyInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request().newBuilder()
            .addHeader("Accept", "application/json")
            .addHeader("x-api-key", "{{key:novamed unconfirmed}}")
            .build()
        return chain.proceed(request)
    }
}
