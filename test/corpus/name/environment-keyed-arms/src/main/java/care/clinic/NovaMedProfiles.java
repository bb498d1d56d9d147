package care.clinic;

import java.util.Map;

final class NovaMedProfiles {
    // NovaMed api keys by profile
    static final Map<String, String> NOVAMED_KEYS = Map.of(
            "prod", "{{key:novamed}}",
            "staging", "{{key:novamed}}");

    static final Map<String, String> NOVAMED_HOSTS = Map.of(
            "prod", "https://feapi.novamed.care",
            "staging", "https://novamed-feapidev.stackmod.info");
}
