class MaiAgentClientTest {
    private val config = mockk<Config>()

    @Test
    fun `sends the api key`() {
        every { config.getString("maiagent.api.key") } returns "{{key:maiagent}}"
        every { config.getString("maiagent.webhook.id") } returns "{{decoy:alnum:40}}"
    }
}
