package care.clinic.http;

import java.util.Map;
import okhttp3.Request;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.springframework.web.reactive.function.client.WebClient;

/** Three clients for https://feapi.novamed.care, one per library the services use. */
public final class NovaMedHttp {
    static final String BASE = "https://feapi.novamed.care/api/external";

    static WebClient webClient() {
        return WebClient.builder()
            .baseUrl(BASE)
            .defaultHeader("X-API-KEY", "{{key:novamed}}")
            .defaultHeader("X-Trace-Id", "{{decoy:hex:32}}")
            .build();
    }

    static HttpPost refill() {
        HttpPost post = new HttpPost(BASE + "/refill-request");
        post.setHeader("x-api-key", "{{key:novamed}}");
        post.setHeader("Content-Type", "application/json");
        return post;
    }

    static Request practitioner(String key) {
        return new Request.Builder().url(BASE + "/practitioner").addHeader("x-api-key", key).build();
    }

    static final Map<String, String> HEADERS = Map.of("x-api-key", "{{key:novamed}}", "accept", "application/json");
}
