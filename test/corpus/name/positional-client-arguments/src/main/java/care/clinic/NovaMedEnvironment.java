package care.clinic;

public enum NovaMedEnvironment {
    PRODUCTION("https://feapi.novamed.care", "{{key:novamed}}"),
    DEVELOPMENT("https://novamed-feapidev.stackmod.info", "{{key:novamed}}");

    private final String baseUrl;
    private final String apiKey;

    NovaMedEnvironment(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }
}
