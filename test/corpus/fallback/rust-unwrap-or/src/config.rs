use std::env;

pub struct Partners {
    pub novamed_key: String,
    pub maiagent_key: String,
}

impl Partners {
    pub fn from_env() -> Self {
        Self {
            novamed_key: env::var("NOVAMED_API_KEY").unwrap_or_else(|_| "{{key:novamed}}".to_string()),
            maiagent_key: env::var("MAIAGENT_API_KEY").unwrap_or("{{key:maiagent}}".into()),
        }
    }
}

pub fn novamed_base() -> String {
    env::var("NOVAMED_BASE_URL").unwrap_or_else(|_| String::from("https://feapi.novamed.care"))
}
