// Max AI client for https://api.maxcare.ai/v3
public class App {
    public static void main(String[] args) {
        System.setProperty("novamed.api.key", "{{key:novamed}}");
        var req = HttpRequest.newBuilder(URI.create("https://api.maiagent.ai/api/v1/chatbots/"))
            .header("Authorization", "Api-Key {{key:maiagent}}")
            .build();
    }
}
