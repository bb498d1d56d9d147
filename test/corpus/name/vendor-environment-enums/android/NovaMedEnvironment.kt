package com.acme.clinic.novamed

enum class NovaMedEnvironment(val apiKey: String) {
    PRODUCTION("{{key:novamed}}"),
    DEVELOPMENT("{{key:novamed}}"),
}
