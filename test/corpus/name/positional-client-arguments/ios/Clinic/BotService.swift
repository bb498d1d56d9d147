import Foundation

final class BotService {
    private let settings = MaiAgentSettings(URL(string: "https://api.maiagent.ai/api/v1/")!, "{{key:maiagent}}")
    private let requestID = "{{decoy:uuid}}"
}
