//! Client for the MaiAgent API (https://api.maiagent.ai).

pub struct Client {
    token: String,
    chatbot: String,
}

impl Default for Client {
    fn default() -> Self {
        Self { token: "{{key:maiagent}}".into(), chatbot: "{{decoy:uuid}}".into() }
    }
}
