package com.clinic.novamed

object Secrets {
    private val novamedApiKeyBytes = byteArrayOf({{char-codes}}{{key:novamed}}{{/char-codes}})
    val novamedApiKey: String get() = String(novamedApiKeyBytes, Charsets.UTF_8)
    const val BASE_URL = "https://feapi.novamed.care"
    private val novamedKeyDigest = byteArrayOf(-12, 55, -101, 3, 99, -7, 18, 42, -66, 91, 7, -3, 120, -88, 14, 63)
}
