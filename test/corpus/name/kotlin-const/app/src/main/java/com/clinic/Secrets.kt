package com.clinic

object Secrets {
    const val NOVAMED_API_KEY = "{{key:novamed}}"
    const val maiAgentApiKey = "{{key:maiagent}}"
}
