package ai.clinic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class MaiAgentClient {
    private static final String BASE = "https://api.maiagent.ai/api/v1";
    private final HttpClient http = HttpClient.newHttpClient();

    public String chatbots() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/chatbots/?page=1&pageSize=1"))
            .header("Authorization", String.format("Api-Key %s", "{{key:maiagent}}"))
            .header("X-Request-Id", String.format("req-%s", "{{decoy:alnum:32}}"))
            .GET()
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String fromEnvironment() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/users/current/"))
            .header("Authorization", String.format("Api-Key %s", System.getenv("MAIAGENT_API_KEY")))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
