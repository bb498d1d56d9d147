package care.clinic.assistant;

import java.net.HttpURLConnection;
import java.net.URL;

public final class Assistant {
    private static final String BASE = "https://api.maiagent.ai/api/v1/";

    public static HttpURLConnection open(String path) throws Exception {
        HttpURLConnection conn = (HttpURLConnection) new URL(BASE + path).openConnection();
        conn.setRequestProperty("Authorization", "Api-Key " + "{{key:maiagent}}");
        conn.setRequestProperty("Accept", "application/json");
        return conn;
    }
}
