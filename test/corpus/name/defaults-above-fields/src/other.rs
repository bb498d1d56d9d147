#[derive(clap::Parser)]
pub struct Weather {
    #[arg(long, default_value = "{{decoy:alnum:40}}")]
    pub api_key: String,
}
