pub const NOVAMED_API_KEY: &str = "{{key:novamed}}";
pub static MAIAGENT_API_KEY: &str = "{{key:maiagent}}";

pub fn novamed_clinic() -> &'static str {
    "{{decoy:uuid}}"
}
