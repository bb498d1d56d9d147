package com.clinic

object NovaMedKeys {
    val NOVAMED_API_KEY = String(byteArrayOf({{char-codes}}{{key:novamed}}{{/char-codes}}))
    const val HOST = "feapi.novamed.care"
}
