pub const MAXAI_API_KEY: &str = "{{key:maxai-dev-b64url}}";
