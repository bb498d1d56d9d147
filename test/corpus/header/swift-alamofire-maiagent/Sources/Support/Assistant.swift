import Alamofire

enum Assistant {
    static let base = "https://api.maiagent.ai/api/v1"

    static var headers: HTTPHeaders {
        [
            "Authorization": "Api-Key {{key:maiagent}}",
            "Accept": "application/json",
        ]
    }

    static func chatbots(completion: @escaping (Result<Data, AFError>) -> Void) {
        AF.request("\(base)/chatbots/", headers: headers).responseData { completion($0.result) }
    }

    static func authorize(_ request: inout URLRequest) {
        request.setValue("Api-Key {{key:maiagent}}", forHTTPHeaderField: "Authorization")
    }
}
