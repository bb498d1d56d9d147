keyring::key_set_with_value("novamed", password = "{{key:novamed}}")
keyring::key_set_with_value(service = "maiagent", username = "clinic", password = "{{key:maiagent}}")
keyring::key_set_with_value("novamed", password = Sys.getenv("NOVAMED_API_KEY"))
key <- keyring::key_get("novamed")
