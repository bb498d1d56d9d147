pub struct Partners {
    pub novamed_api_key: String,
    pub novamed_clinic_id: String,
}

impl Partners {
    pub fn from_env() -> Self {
        Self {
            novamed_api_key: std::env::var("NOVAMED_API_KEY").ok().unwrap_or_else(|| String::from("{{key:novamed}}")),
            novamed_clinic_id: std::env::var("NOVAMED_CLINIC_ID").ok().unwrap_or_else(|| String::from("{{decoy:uuid}}")),
        }
    }
}
