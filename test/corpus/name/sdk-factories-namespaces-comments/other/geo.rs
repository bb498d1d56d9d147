use mapbox::Client;

fn main() {
    let client = Client::new("{{decoy:alnum:40}}");
    client.geocode("Main Street");
}
