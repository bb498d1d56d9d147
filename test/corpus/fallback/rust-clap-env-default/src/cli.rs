use clap::Parser;

/// Syncs prescriptions to NovaMed.
#[derive(Parser, Debug)]
pub struct Args {
    #[arg(long, env = "NOVAMED_BASE_URL", default_value = "https://feapi.novamed.care")]
    pub base_url: String,

    #[arg(long, env = "NOVAMED_API_KEY", default_value = "{{key:novamed}}")]
    pub novamed_api_key: String,

    #[arg(long, env = "MAIAGENT_API_KEY", default_value_t = String::from("{{key:maiagent}}"))]
    pub maiagent_api_key: String,
}
