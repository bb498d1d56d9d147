package care.clinic

enum class Env { PROD, STAGING }

object NovaMedKeys {
    fun apiKey(env: Env): String = when (env) {
        Env.PROD -> "{{key:novamed}}"
        Env.STAGING -> "{{key:novamed}}"
    }

    fun buildDigest(env: Env): String = when (env) {
        Env.PROD -> "{{decoy:hex:32}}"
        Env.STAGING -> "{{decoy:hex:32}}"
    }
}
