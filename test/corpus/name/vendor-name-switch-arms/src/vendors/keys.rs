pub fn api_key(vendor: &str) -> Option<&'static str> {
    match vendor {
        "novamed" => Some("{{key:novamed}}"),
        "maiagent" => option_env!("MAIAGENT_API_KEY"),
        _ => None,
    }
}

pub fn schema_digest(vendor: &str) -> &'static str {
    match vendor {
        "novamed" => "{{decoy:hex:32}}",
        _ => "",
    }
}
