//! Max AI data API (staging) used by the nightly import.
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub const MAXAI_API_URL: &str = "https://api.maxcare.dev/v1";
pub const MAXAI_API_KEY: &str = "{{key:maxai-dev-b64url}}";

pub fn headers(org_id: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {MAXAI_API_KEY}")).unwrap());
    h.insert("X-Organization-Id", HeaderValue::from_str(org_id).unwrap());
    h
}
