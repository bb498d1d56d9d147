enum Secrets {
    static let novamedAPIKey = "{{key:novamed}}"
    static let maiAgentApiKey: String = "{{key:maiagent}}"
}

struct NovaMedConfig {
    let apiKey = "{{key:novamed}}"
    let baseURL = "https://feapi.novamed.care"
}
