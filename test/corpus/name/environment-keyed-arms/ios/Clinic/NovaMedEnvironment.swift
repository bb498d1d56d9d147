import Foundation

enum NovaMedEnvironment {
    case production, sandbox

    var host: String {
        switch self {
        case .production: return "https://feapi.novamed.care"
        case .sandbox: return "https://novamed-feapidev.stackmod.info"
        }
    }

    var apiKey: String {
        switch self {
        case .production:
            return "{{key:novamed}}"
        case .sandbox:
            return "{{key:novamed}}"
        }
    }
}
