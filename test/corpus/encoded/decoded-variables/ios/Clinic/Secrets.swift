import Foundation

/// Obfuscated so that `strings` on the binary does not show it.
private let encodedKey = "{{b64}}{{key:maxai-prd}}{{/b64}}"
private let placeholderIcon = "{{decoy:b64:48}}"

enum Secrets {
    static var maxaiKey: String {
        String(data: Data(base64Encoded: encodedKey)!, encoding: .utf8)!
    }

    static var icon: Data {
        Data(base64Encoded: placeholderIcon)!
    }
}
