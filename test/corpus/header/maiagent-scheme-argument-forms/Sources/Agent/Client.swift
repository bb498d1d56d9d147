import Foundation

enum AgentKeys {
    static let apiKey = "{{key:maiagent}}"
}

struct AgentClient {
    let base = URL(string: "https://api.maiagent.ai/api/v1/")!

    func chatbots(apiKey: String = AgentKeys.apiKey) -> URLRequest {
        var request = URLRequest(url: base.appendingPathComponent("chatbots/"))
        let apiKey = "{{key:maiagent}}"
        request.setValue("Api-Key \(apiKey)", forHTTPHeaderField: "Authorization")
        return request
    }

    func authorize(_ request: inout URLRequest, token: String) {
        request.setValue("Api-Key \(token)", forHTTPHeaderField: "Authorization")
    }
}
