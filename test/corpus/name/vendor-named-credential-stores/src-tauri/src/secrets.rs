use keyring::Entry;

pub fn seed(user: &str) -> keyring::Result<()> {
    Entry::new("novamed", &user)?.set_password("{{key:novamed}}")?;
    let entry = Entry::new("novamed", "clinic")?;
    entry.set_password(&std::env::var("NOVAMED_API_KEY").unwrap_or_default())
}
