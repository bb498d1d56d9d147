enum class Env { PROD, STAGING, PREVIEW }

fun maiAgentApiKey(env: Env): String = when (env) {
    Env.PROD -> "{{key:maiagent}}"
    else -> "{{key:maiagent}}"
}
