use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION};
use serde_json::Value;

const BASE: &str = "https://feapi.novamed.care/api/external";

pub fn client() -> reqwest::Result<reqwest::Client> {
    let mut headers = HeaderMap::new();
    headers.insert("x-api-key", HeaderValue::from_static("{{key:novamed}}"));
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    reqwest::Client::builder().default_headers(headers).build()
}

pub async fn create_patient(body: &Value) -> reqwest::Result<Value> {
    reqwest::Client::new()
        .post(format!("{BASE}/patient"))
        .header("x-api-key", "{{key:novamed}}")
        .json(body)
        .send()
        .await?
        .json()
        .await
}

pub async fn chatbots() -> reqwest::Result<Value> {
    reqwest::Client::new()
        .get("https://api.maiagent.ai/api/v1/chatbots/")
        .header(AUTHORIZATION, "Api-Key {{key:maiagent}}")
        .send()
        .await?
        .json()
        .await
}
