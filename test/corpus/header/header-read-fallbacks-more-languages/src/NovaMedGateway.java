package clinic.novamed;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

public final class NovaMedGateway {
    private static final String BASE = "https://feapi.novamed.care/api/external/";

    static HttpRequest practitioners() {
        return HttpRequest.newBuilder(URI.create(BASE + "practitioner"))
            .header("x-api-key", Optional.ofNullable(System.getenv("API_KEY")).orElse("{{key:novamed}}"))
            .GET()
            .build();
    }

    static HttpRequest refills() {
        return HttpRequest.newBuilder(URI.create(BASE + "refill-request"))
            .header("x-api-key", System.getenv().getOrDefault("REFILL_KEY", "{{key:novamed}}"))
            .GET()
            .build();
    }
}
