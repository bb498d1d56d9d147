package care.clinic.novamed

class NovaMedConfig {
    val baseUrl: String
        get() = "https://feapi.novamed.care/api/external"

    val novamedApiKey: String
        get() = "{{key:novamed}}"

    val novamedApiKeyFromBuild: String
        get() = BuildConfig.NOVAMED_API_KEY
}
