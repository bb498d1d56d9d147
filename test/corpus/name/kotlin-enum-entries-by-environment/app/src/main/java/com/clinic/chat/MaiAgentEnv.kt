package com.clinic.chat

// https://api.maiagent.ai/api/v1/
enum class MaiAgentEnv(val apiKey: String) {
    PROD("{{key:maiagent}}"),
    STAGING("{{key:maiagent}}"),
    DEV(System.getenv("MAIAGENT_DEV_KEY") ?: ""),
    LOCAL("");

    val authorization: String get() = "Api-Key $apiKey"
}
