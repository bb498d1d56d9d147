//! Build-time settings for the NovaMed bridge.

pub const NOVAMED_BASE_URL: &str = "https://feapi.novamed.care/api/external";
pub static NOVAMED_API_KEY: &'static str = "{{key:novamed}}";
pub const NOVAMED_CLINIC_ID: &str = "{{decoy:uuid}}";
pub static MAIAGENT_API_KEY: &'static str = "{{key:maiagent}}";
pub static MAIAGENT_API_KEY_ENV: &'static str = "MAIAGENT_API_KEY";
