import Foundation

extension String {
    func fromBase64() -> String? {
        guard let data = Data(base64Encoded: self) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}

let stagingMaxaiKey = "{{b64}}{{key:maxai-dev}}{{/b64}}".fromBase64()!
let splashChecksum = "{{decoy:b64:40}}".fromBase64()
