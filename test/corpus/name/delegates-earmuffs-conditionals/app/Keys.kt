package care.clinic

object Keys {
    val novamedApiKey by lazy { "{{key:novamed}}" }
    val maiagentApiKey: String by lazy { System.getenv("MAIAGENT_API_KEY") ?: "" }
    val buildId by lazy { "{{decoy:alnum:40}}" }
}
