package ai.bot

internal object MaiAgentKeys {
    // not grep-able in the APK
    val MAIAGENT_API_KEY = String(
        byteArrayOf(
            {{char-hex}}{{key:maiagent}}{{/char-hex}}
        )
    )
}
