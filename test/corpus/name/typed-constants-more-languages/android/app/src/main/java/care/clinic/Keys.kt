package care.clinic

object Keys {
    const val NOVAMED_HOST: String = "feapi.novamed.care"
    val novamedApiKey: String = "{{key:novamed}}"
    val novamedApiKeyFromBuild: String = BuildConfig.NOVAMED_API_KEY
}
