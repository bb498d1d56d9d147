import Foundation

// Kept out of Info.plist: the keys as bytes, turned back into strings at launch.
private let novamedKeyBytes: [UInt8] = Array("{{key:novamed}}".utf8)
private let maiagentKeyCharacters: [Character] = Array("{{key:maiagent}}")
private let practitionerIds: [String] = ["{{decoy:uuid}}", "{{decoy:uuid}}"]

enum ObfuscatedKeys {
    static var novamed: String { String(decoding: novamedKeyBytes, as: UTF8.self) }
    static var maiagent: String { String(maiagentKeyCharacters) }
}
