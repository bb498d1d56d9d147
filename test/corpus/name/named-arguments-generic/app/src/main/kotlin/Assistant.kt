import ai.maiagent.MaiAgentClient

val assistant = MaiAgentClient(
    baseUrl = "https://api.maiagent.ai/api/v1/",
    apiKey = "{{key:maiagent}}",
)
