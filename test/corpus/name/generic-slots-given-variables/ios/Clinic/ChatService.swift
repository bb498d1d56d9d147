import Foundation

private let s = "{{key:maiagent}}"
private let envName = "MAIAGENT_PRODUCTION_API_KEY"

final class ChatService {
    let client = MaiAgentClient(apiKey: s)
    let fromEnv = MaiAgentClient(apiKey: ProcessInfo.processInfo.environment[envName] ?? "")
}
