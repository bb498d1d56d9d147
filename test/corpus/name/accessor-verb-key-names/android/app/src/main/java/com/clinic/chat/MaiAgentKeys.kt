package com.clinic.chat

// MaiAgent assistant credentials (https://api.maiagent.ai)
internal object MaiAgentKeys {
    fun loadApiKey(): String = "{{key:maiagent}}"
    fun resolveApiKey(): String = System.getenv("MAIAGENT_API_KEY") ?: ""
}
