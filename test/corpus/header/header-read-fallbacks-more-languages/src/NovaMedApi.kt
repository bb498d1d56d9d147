package clinic.novamed

import okhttp3.OkHttpClient
import okhttp3.Request

private const val BASE_URL = "https://feapi.novamed.care/api/external"

class NovaMedApi(private val http: OkHttpClient) {
    fun practitioners(): Request = Request.Builder()
        .url("$BASE_URL/practitioner")
        .addHeader("x-api-key", System.getenv("API_KEY") ?: "{{key:novamed}}")
        .addHeader("Accept", "application/json")
        .build()
}
