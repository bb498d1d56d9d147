package care.clinic

import kotlin.test.Test

class MaxAiClientTest {
    private val client = MaxAiClient(apiKey = "{{key:maxai-prd policies=prod-key-in-dev-config}}")

    @Test
    fun readsTheApp() { client.me() }
}
