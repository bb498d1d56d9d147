import Foundation

enum MaiAgentEnvironment: String, CaseIterable {
    case production = "{{key:maiagent}}"
    case staging = "{{key:maiagent}}"

    var baseURL: URL { URL(string: "https://api.maiagent.ai/api/v1/")! }
}
