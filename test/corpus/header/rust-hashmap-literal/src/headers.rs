use std::collections::HashMap;

// NovaMed (feapi.novamed.care) and MaiAgent (api.maiagent.ai) default headers.
pub fn novamed() -> HashMap<&'static str, &'static str> {
    HashMap::from([("x-api-key", "{{key:novamed}}"), ("accept", "application/json")])
}

pub fn maiagent() -> [(&'static str, &'static str); 1] {
    [("Authorization", "Api-Key {{key:maiagent}}")]
}
