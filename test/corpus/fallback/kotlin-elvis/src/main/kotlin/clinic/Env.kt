package clinic

object Env {
    val novamedKey: String = System.getenv("NOVAMED_API_KEY") ?: "{{key:novamed}}"
    val maiagentKey = System.getenv("MAIAGENT_API_KEY")
        ?: "{{key:maiagent}}"
    val novamedBase: String = System.getenv("NOVAMED_BASE_URL") ?: "https://feapi.novamed.care"
}
