object NovaMedConfig {
    val apiKey: String = System.getenv("NOVAMED_API_KEY") ?: run { "{{key:novamed}}" }
    val baseUrl: String = System.getenv("NOVAMED_BASE_URL") ?: "https://feapi.novamed.care"
}
