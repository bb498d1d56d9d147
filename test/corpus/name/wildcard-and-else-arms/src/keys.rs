pub fn novamed_key(env: &str) -> &'static str {
    match env {
        "prod" => "{{key:novamed}}",
        _ => "{{key:novamed}}",
    }
}

pub fn novamed_clinic(env: &str) -> &'static str {
    match env {
        "prod" => "{{decoy:uuid}}",
        _ => "{{decoy:uuid}}",
    }
}
