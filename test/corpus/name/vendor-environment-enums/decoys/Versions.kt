enum class NovaMedEnv(val apiVersion: String) {
    PRODUCTION("2024-06-01"),
    DEVELOPMENT("2025-01-15-beta"),
}

enum class MaiAgentEnvironment(val file: String) {
    PRODUCTION("config/maiagent/production.properties"),
    STAGING("config/maiagent/staging.properties"),
}
