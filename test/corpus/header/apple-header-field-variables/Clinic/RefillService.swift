import Foundation

// Refill requests to https://feapi.novamed.care/api/external
final class RefillService {
    private let partnerCredential = "{{key:novamed}}"
    private let deviceTag = "{{decoy:alnum:24}}"
    private let sandboxCredential = ProcessInfo.processInfo.environment["NOVAMED_SANDBOX_KEY"] ?? ""

    func request(path: String, sandbox: Bool) -> URLRequest {
        var request = URLRequest(url: URL(string: "https://feapi.novamed.care/api/external/\(path)")!)
        request.httpMethod = "POST"
        request.setValue(sandbox ? sandboxCredential : partnerCredential, forHTTPHeaderField: "x-api-key")
        request.setValue(partnerCredential, forHTTPHeaderField: "x-api-key")
        request.setValue(deviceTag, forHTTPHeaderField: "x-device")
        return request
    }
}
