use base64::{engine::general_purpose::STANDARD, Engine as _};

const NOVAMED_HOST: &str = "https://feapi.novamed.care";

pub fn api_key() -> String {
    String::from_utf8(STANDARD.decode("{{b64}}{{key:novamed}}{{/b64}}").unwrap()).unwrap()
}
