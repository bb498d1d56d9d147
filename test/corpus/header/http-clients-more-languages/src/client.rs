// MaiAgent (api.maiagent.ai)
let client = reqwest::Client::new();
let resp = client
    .get("https://api.maiagent.ai/api/v1/chatbots/")
    .header("Authorization", "Api-Key {{key:maiagent}}")
    .header(AUTHORIZATION, format!("Api-Key {}", "{{key:maiagent}}"))
    .send()
    .await?;
