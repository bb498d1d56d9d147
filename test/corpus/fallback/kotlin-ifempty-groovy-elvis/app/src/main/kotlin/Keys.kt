package com.clinic.rx

/** Partner credentials, read once; NovaMed production is https://feapi.novamed.care. */
object Keys {
    val novamed: String = System.getenv("NOVAMED_API_KEY").orEmpty().ifEmpty { "{{key:novamed}}" }
    val novamedBase: String = System.getenv("NOVAMED_BASE_URL") ?: "https://feapi.novamed.care"

    fun describe() = "NovaMed at $novamedBase"
}
