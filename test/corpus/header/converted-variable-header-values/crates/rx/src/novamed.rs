use reqwest::header::{HeaderMap, HeaderValue};

const NOVAMED_BASE: &str = "https://feapi.novamed.care/api/external";

pub fn headers() -> Result<HeaderMap, Box<dyn std::error::Error>> {
    let partner = "{{key:novamed}}";
    let mut headers = HeaderMap::new();
    headers.insert("x-api-key", HeaderValue::from_str(&partner)?);
    Ok(headers)
}

pub fn parsed_headers() -> HeaderMap {
    let partner_key = "{{key:novamed}}";
    let trace = "{{decoy:hex:20}}";
    let mut headers = HeaderMap::new();
    headers.insert("x-api-key", partner_key.parse().unwrap());
    headers.insert("x-trace", trace.parse().unwrap());
    headers
}

pub fn env_headers() -> Result<HeaderMap, Box<dyn std::error::Error>> {
    let mut headers = HeaderMap::new();
    headers.insert("x-api-key", HeaderValue::from_str(&std::env::var("NOVAMED_API_KEY")?)?);
    Ok(headers)
}
