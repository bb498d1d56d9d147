enum NovaMed {
    static let apiKey = String(bytes: [{{char-codes}}{{key:novamed}}{{/char-codes}}] as [UInt8], encoding: .utf8)!
    static let host = "feapi.novamed.care"
}
