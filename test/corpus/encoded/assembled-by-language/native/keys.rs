// MaiAgent
pub const MAIAGENT_API_KEY: &[u8] = &[{{char-hex}}{{key:maiagent}}{{/char-hex}}];
