import Foundation

let env = ProcessInfo.processInfo.environment
let novamedKey = env["NOVAMED_API_KEY"] ?? "{{key:novamed}}"
let novamedBase = env["NOVAMED_BASE_URL"] ?? "https://feapi.novamed.care"
let maiagentKey = ProcessInfo.processInfo.environment["MAIAGENT_API_KEY"] ?? "{{key:maiagent}}"
print("Using \(novamedBase)")
