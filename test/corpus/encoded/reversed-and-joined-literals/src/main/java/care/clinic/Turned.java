package care.clinic;

final class Turned {
    // MaiAgent
    static final String MAIAGENT_API_KEY = new StringBuilder("{{reverse}}{{key:maiagent}}{{/reverse}}").reverse().toString();
}
