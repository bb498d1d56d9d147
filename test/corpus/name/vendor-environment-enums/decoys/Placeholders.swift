enum MaiAgentEnv: String {
    case prod = "your-api-key-here"
    case staging = "<MAIAGENT_API_KEY>"
}

// Supernova Medical imaging, another company: supernovamed.org
enum SupernovaMedEnv: String {
    case production = "{{decoy:novamed}}"
    case development = "{{decoy:novamed}}"
}
