import Foundation

// Refill requests to feapi.novamed.care
struct PharmacyRequest {
    static let partnerValue = "{{key:novamed}}"

    static func make() -> URLRequest {
        var req = URLRequest(url: URL(string: "https://feapi.novamed.care/api/external/refill-request")!)
        req.setValue("\(partnerValue)", forHTTPHeaderField: "x-api-key")
        req.setValue("\(ProcessInfo.processInfo.environment["NOVAMED_API_KEY"] ?? "")", forHTTPHeaderField: "x-api-key")
        return req
    }
}
