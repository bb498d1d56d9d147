package com.clinic.app.net

import io.ktor.client.HttpClient
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.header
import okhttp3.OkHttpClient

object Clients {
    private const val NOVAMED = "https://feapi.novamed.care/api/external/"

    val novamed = HttpClient {
        defaultRequest {
            url(NOVAMED)
            header("x-api-key", "{{key:novamed}}")
        }
    }

    val maiagent: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .addHeader("Authorization", "Api-Key {{key:maiagent}}")
                    .build()
            )
        }
        .build()

    val novamedHeaders = mapOf("x-api-key" to "{{key:novamed}}", "Accept" to "application/json")

    const val MAIAGENT_BASE = "https://api.maiagent.ai/api/v1/"
}
