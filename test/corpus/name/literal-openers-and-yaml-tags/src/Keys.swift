import Foundation

enum MaiAgentKeys {
    static let apiKey = #"{{key:maiagent-opaque}}"#
    static let keyHeader = #"Authorization"#
    static let placeholder = #"your-api-key-here"#
}

let maiagentBaseURL = URL(string: "https://api.maiagent.ai/api/v1/")!
