use novamed::{Client, Config};

pub fn client() -> Client {
    Client::new(Config {
        base_url: "https://feapi.novamed.care".into(),
        api_key: "{{key:novamed}}".into(),
    })
}
