import Foundation

/// Calls NovaMed's partner API from the iPad intake app's companion service.
struct NovaMedAPI {
    let base = URL(string: "https://feapi.novamed.care/api/external/")!

    func practitionerRequest(body: Data) -> URLRequest {
        var request = URLRequest(url: base.appendingPathComponent("practitioner"))
        request.httpMethod = "POST"
        request.addValue("{{key:novamed}}", forHTTPHeaderField: "x-api-key")
        request.addValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return request
    }

    func patientRequest(body: Data) -> URLRequest {
        var request = URLRequest(url: base.appendingPathComponent("patient"))
        request.httpMethod = "POST"
        request.setValue("{{key:novamed}}", forHTTPHeaderField: "X-Api-Key")
        request.httpBody = body
        return request
    }
}
