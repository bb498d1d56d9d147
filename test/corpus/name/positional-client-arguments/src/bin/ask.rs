use maiagent::Client;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let client = Client::new("https://api.maiagent.ai/api/v1/", "{{key:maiagent}}");
    let reply = client.ask("What are today's opening hours?").await?;
    println!("{reply}");
    Ok(())
}
