import Foundation

enum Config {
    static let maiAgentBaseURL: String = "https://api.maiagent.ai/api/v1"
    static let maiAgentApiKey: String = "{{key:maiagent}}"
    static let maiAgentApiKeyHeader: String = "Authorization"
    static let buildNumber: String = "{{decoy:alnum:20}}"
}
