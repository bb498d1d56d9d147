use aws_sdk_s3 as s3;
use reqwest::Client;

const API_KEY: &str = "{{key:maiagent}}";

async fn push(client: &Client) -> reqwest::Result<()> {
    client
        .post("https://api.maiagent.ai/api/v1/chatbots/")
        .header("Authorization", format!("Api-Key {}", API_KEY))
        .send()
        .await?;
    Ok(())
}
