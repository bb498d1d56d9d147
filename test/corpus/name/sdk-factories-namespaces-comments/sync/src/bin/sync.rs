use novamed::Client;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let client = Client::new("{{key:novamed}}");
    let practitioners = client.practitioners().await?;
    println!("{}", practitioners.len());
    Ok(())
}
