use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

const BASE: &str = "https://api.maiagent.ai/api/v1";

fn headers() -> HeaderMap {
    let mut map = HeaderMap::new();
    let auth = format!("Api-Key {}", "{{key:maiagent}}");
    map.insert(AUTHORIZATION, HeaderValue::from_str(&auth).unwrap());
    map
}

fn docs_example() -> String {
    // Copied from the README; never a real key.
    format!("Api-Key {}", "your-api-key-here")
}

fn main() {
    let client = reqwest::blocking::Client::new();
    let res = client.get(format!("{}/chatbots/", BASE)).headers(headers()).send();
    println!("{:?} {}", res.map(|r| r.status()), docs_example());
}
