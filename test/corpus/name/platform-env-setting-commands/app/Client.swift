import MaiAgent

let maiagent = MaiAgentClient(apiKey: "{{key:maiagent}}")
let novamed = NovaMedClient(configuration: .init(apiKey: "{{key:novamed}}"))
