use reqwest::Client;

const BASE: &str = "https://feapi.novamed.care/api/external";

pub async fn practitioners(client: &Client) -> reqwest::Result<String> {
    client
        .get(format!("{BASE}/practitioner"))
        .header("x-api-key", std::env::var("API_KEY").unwrap_or_else(|_| "{{key:novamed}}".to_string()))
        .header("x-trace-id", std::env::var("TRACE_ID").unwrap_or("{{decoy:hex:16}}".into()))
        .send()
        .await?
        .text()
        .await
}
