pub enum Env {
    Prod,
    Staging,
    Local,
}

impl Env {
    pub fn api_key(&self) -> &'static str {
        match self {
            Env::Prod => "{{key:novamed}}",
            Env::Staging => "{{key:novamed}}",
            Env::Local => "",
        }
    }

    pub fn host(&self) -> &'static str {
        match self {
            Env::Prod => "https://feapi.novamed.care",
            _ => "https://novamed-feapidev.stackmod.info",
        }
    }
}
