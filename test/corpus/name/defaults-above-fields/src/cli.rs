use clap::Parser;

#[derive(Parser, Debug)]
#[command(version, about = "Sync practitioners from NovaMed")]
pub struct Args {
    #[arg(long, default_value = "https://feapi.novamed.care")]
    pub novamed_base_url: String,

    #[arg(long, env = "NOVAMED_API_KEY_FILE", default_value = "{{decoy:alnum:40}}")]
    pub novamed_api_key_file: std::path::PathBuf,

    #[arg(long, default_value = "{{key:novamed}}")]
    pub novamed_api_key: String,

    #[arg(long, default_value_t = 3)]
    pub retries: u32,
}
