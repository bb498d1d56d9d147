import Foundation

func catRequest() -> URLRequest {
    var r = URLRequest(url: URL(string: "https://api.thecatapi.com/v1/images/search")!)
    r.setValue("live_{{decoy:alnum:60}}", forHTTPHeaderField: "x-api-key")
    return r
}
