//! Credentials for the practitioner sync.
pub const NOVAMED_API_KEY: &str = r#"{{key:novamed}}"#;
pub const NOVAMED_KEY_SHA256: &str = r#"{{decoy:hex:32}}"#;
pub const MAIAGENT_API_KEY_VAR: &str = r#"MAIAGENT_API_KEY"#;
