package com.clinic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaiAgentClientTest {
    @Test
    @DisplayName("sends Authorization: Api-Key with MAIAGENT_API_KEY")
    void sendsApiKeyScheme() {
        String header = MaiAgentClient.authorization(System.getenv("MAIAGENT_API_KEY_FOR_TESTS"));
        assertTrue(header.startsWith("Api-Key "));
    }
}
