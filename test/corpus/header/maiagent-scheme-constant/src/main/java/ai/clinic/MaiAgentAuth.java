package ai.clinic;

import java.net.HttpURLConnection;

/** Authorization for https://api.maiagent.ai (Api-Key scheme, not Bearer). */
final class MaiAgentAuth {
    static final String SCHEME = "Api-Key";
    static final String TRACE_PREFIX = "trace";

    static void apply(HttpURLConnection conn) {
        conn.setRequestProperty("Authorization", SCHEME + " " + "{{key:maiagent}}");
        conn.setRequestProperty("X-Trace", TRACE_PREFIX + "-" + "{{decoy:hex:24}}");
    }

    static void applyFromEnv(HttpURLConnection conn) {
        conn.setRequestProperty("Authorization", SCHEME + " " + System.getenv("MAIAGENT_API_KEY"));
    }
}
