import Foundation

enum ServiceKey: String {
    case novamed = "{{key:novamed}}"
    case maiagent = "{{key:maiagent}}"
}

enum SpecChecksum: String {
    case novamed = "{{decoy:hex:32}}"
}
