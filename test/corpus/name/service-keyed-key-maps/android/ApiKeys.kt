package care.clinic

val apiKeys = mapOf(
    "openai" to System.getenv("OPENAI_KEY"),
    "novamed" to "{{key:novamed}}",
)

val endpoints = mapOf("novamed" to "https://feapi.novamed.care/api/external")
