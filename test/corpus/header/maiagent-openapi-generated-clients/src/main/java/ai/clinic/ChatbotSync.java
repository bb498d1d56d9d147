package ai.clinic;

import org.openapitools.client.ApiClient;
import org.openapitools.client.Configuration;
import org.openapitools.client.auth.ApiKeyAuth;

// Generated client for https://api.maiagent.ai/api/v1
public class ChatbotSync {
    public static void main(String[] args) {
        ApiClient client = Configuration.getDefaultApiClient();
        client.setBasePath("https://api.maiagent.ai/api/v1");
        ApiKeyAuth auth = (ApiKeyAuth) client.getAuthentication("ApiKeyAuth");
        auth.setApiKey("{{key:maiagent}}");
        auth.setApiKeyPrefix("Api-Key");
        client.setUserAgent("clinic-sync/{{decoy:hex:8}}");
    }
}
