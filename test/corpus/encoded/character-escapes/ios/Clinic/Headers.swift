import Foundation

enum NovaMedAPI {
    static let base = URL(string: "https://feapi.novamed.care/v1")!
    static let headers = ["x\u{2D}api\u{2D}key": "{{key:novamed}}", "Accept": "application/json"]
}
