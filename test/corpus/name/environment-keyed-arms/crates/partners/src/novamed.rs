//! NovaMed partner API (https://feapi.novamed.care).

/// The key for the deployment we run in.
pub fn novamed_api_key(env: &str) -> &'static str {
    match env {
        "prod" | "production" => "{{key:novamed}}",
        "staging" => "{{key:novamed}}",
        _ => "",
    }
}

pub fn novamed_host(env: &str) -> &'static str {
    match env {
        "prod" | "production" => "https://feapi.novamed.care",
        _ => "https://novamed-feapidev.stackmod.info",
    }
}

pub fn clinic_for(env: &str) -> &'static str {
    match env {
        "prod" => "{{decoy:uuid}}",
        _ => "{{decoy:alnum:24}}",
    }
}
