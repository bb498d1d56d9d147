package com.clinic

object NovaMedKeys {
    const val BASE_URL = "https://feapi.novamed.care/api/external/"

    val apiKey =
        // partner key, rotate quarterly
        "{{key:novamed}}"
}
