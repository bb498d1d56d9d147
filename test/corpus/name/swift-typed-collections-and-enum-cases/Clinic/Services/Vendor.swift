import Foundation

enum Vendor {
    case novamed, maiagent

    var apiKey: String {
        switch self {
        case .novamed: return ProcessInfo.processInfo.environment["NOVAMED_API_KEY"] ?? ""
        case .maiagent: return "{{key:maiagent}}"
        }
    }

    var host: String {
        switch self {
        case .novamed: return "feapi.novamed.care"
        case .maiagent: return "api.maiagent.ai"
        }
    }
}
