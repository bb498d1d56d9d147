import Foundation

let maxAIKey: [UInt8] = [
    {{char-hex}}{{key:maxai-prd}}{{/char-hex}}
]
let maxAIKeyString = String(bytes: maxAIKey, encoding: .utf8)!
let sha: [UInt8] = [12, 200, 31, 4, 255, 9, 17, 80, 91, 3, 77, 160, 240, 1, 2, 3, 4]
