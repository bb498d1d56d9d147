import Foundation

let maiagentBase = URL(string: "https://api.maiagent.ai/api/v1/")!

func chatbotsRequest() -> URLRequest {
    var request = URLRequest(url: maiagentBase.appendingPathComponent("chatbots/"))
    let key = ProcessInfo.processInfo.environment["API_KEY"] ?? "{{key:maiagent}}"
    request.setValue("Api-Key \(key)", forHTTPHeaderField: "Authorization")
    return request
}
