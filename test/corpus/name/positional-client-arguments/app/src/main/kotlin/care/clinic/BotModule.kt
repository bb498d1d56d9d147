package care.clinic

import ai.maiagent.MaiAgentConfig
import ai.maiagent.MaiAgentClient

object BotModule {
    private val config = MaiAgentConfig("https://api.maiagent.ai/api/v1/", "{{key:maiagent}}")
    private val fallback = MaiAgentConfig(baseUrl = BuildConfig.BOT_URL, chatbotId = "{{decoy:uuid}}")

    val client: MaiAgentClient by lazy { MaiAgentClient(config) }
}
