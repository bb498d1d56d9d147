//! Request headers for https://feapi.novamed.care
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};

const API_KEY_HEADER: HeaderName = HeaderName::from_static("x-api-key");
const CLINIC_HEADER: HeaderName = HeaderName::from_static("x-clinic-id");

pub fn default_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(API_KEY_HEADER, HeaderValue::from_static("{{key:novamed}}"));
    headers.insert(CLINIC_HEADER, HeaderValue::from_static("{{decoy:uuid}}"));
    headers
}

pub fn headers_from_env() -> HeaderMap {
    let mut headers = HeaderMap::new();
    let key = std::env::var("NOVAMED_API_KEY").unwrap_or_default();
    headers.insert(API_KEY_HEADER, HeaderValue::from_str(&key).unwrap());
    headers
}
