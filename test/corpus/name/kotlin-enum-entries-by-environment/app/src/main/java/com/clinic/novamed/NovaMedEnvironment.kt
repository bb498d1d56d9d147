package com.clinic.novamed

enum class NovaMedEnvironment(
    val novamedApiKey: String,
) {
    PRODUCTION("{{key:novamed}}"),
    SANDBOX("");

    val baseUrl = "https://feapi.novamed.care/api/external"
}

enum class SpecRevision(val checksum: String) {
    PROD("{{decoy:hex:20}}"),
    STAGING("{{decoy:hex:20}}"),
}
