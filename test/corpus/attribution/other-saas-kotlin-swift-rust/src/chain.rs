pub async fn balance(addr: &str) -> reqwest::Result<String> {
    reqwest::Client::new()
        .get(format!("https://deep-index.moralis.io/api/v2.2/{addr}/balance"))
        .header("X-API-Key", "{{decoy:alnum:64}}")
        .send()
        .await?
        .text()
        .await
}
