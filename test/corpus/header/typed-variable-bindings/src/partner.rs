//! Practitioner sync with https://feapi.novamed.care
use reqwest::blocking::Client;

pub fn sync(client: &Client) -> reqwest::Result<()> {
    let api_key: &str = "{{key:novamed}}";
    let vault_key = load_secret("novamed/prod/api-key-2024");
    let owned = String::from("{{key:novamed}}");
    client.post("https://feapi.novamed.care/api/external/practitioner").header("x-api-key", api_key).send()?;
    client.post("https://feapi.novamed.care/api/external/patient").header("x-api-key", &owned).send()?;
    client.post("https://feapi.novamed.care/api/external/webhook").header("x-api-key", &vault_key).send()?;
    Ok(())
}

fn load_secret(path: &str) -> String {
    std::fs::read_to_string(format!("/run/secrets/{path}")).unwrap_or_default()
}
