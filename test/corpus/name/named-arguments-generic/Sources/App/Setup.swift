import MaiAgentKit

func configureAssistant() {
    MaiAgent.configure(apiKey: "{{key:maiagent}}", baseURL: URL(string: "https://api.maiagent.ai/api/v1/")!)
}
