use std::env;

pub fn novamed_key() -> String {
    match env::var("NOVAMED_API_KEY") {
        Ok(v) => v,
        Err(_) => "{{key:novamed}}".to_string(),
    }
}

pub const BUILD_KEY: &str = match option_env!("NOVAMED_API_KEY") {
    Some(k) => k,
    None => "{{key:novamed}}",
};
