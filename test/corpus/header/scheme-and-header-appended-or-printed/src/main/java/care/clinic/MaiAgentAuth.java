package care.clinic;

final class MaiAgentAuth {
  static final String BASE = "https://api.maiagent.ai/api/v1/";

  static String header() {
    return new StringBuilder("Api-Key ").append("{{key:maiagent}}").toString();
  }

  static String fromEnv() {
    return new StringBuilder("Api-Key ").append(System.getenv("MAIAGENT_API_KEY")).toString();
  }
}
