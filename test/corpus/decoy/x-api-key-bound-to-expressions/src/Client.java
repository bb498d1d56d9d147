package clients;

// NovaMed and MaiAgent (https://api.maiagent.ai) clients; keys come from the vault at start-up.
class Client {
    okhttp3.Request.Builder sign(okhttp3.Request.Builder b, Secrets s) {
        return b.addHeader("x-api-key", s.novamedApiKey())
                .addHeader("Authorization", "Api-Key " + s.maiagentApiKey());
    }
}
