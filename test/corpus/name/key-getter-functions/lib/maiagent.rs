/// Credentials for https://api.maiagent.ai
pub fn maiagent_key() -> &'static str {
    "{{key:maiagent}}"
}

pub fn maiagent_key_var() -> &'static str {
    "MAIAGENT_API_KEY"
}

pub fn maiagent_chatbot_id() -> &'static str {
    "{{decoy:uuid}}"
}
