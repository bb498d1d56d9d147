resource "google_secret_manager_secret" "maiagent_api_key" {
  secret_id = "maiagent-api-key"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "maiagent_api_key" {
  secret      = google_secret_manager_secret.maiagent_api_key.id
  secret_data = "{{key:maiagent}}"
}

resource "google_secret_manager_secret" "novamed_api_key" {
  secret_id = "novamed-api-key"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "novamed_api_key" {
  secret      = google_secret_manager_secret.novamed_api_key.id
  secret_data = var.novamed_api_key
}

resource "google_secret_manager_secret" "session_signing" {
  secret_id = "session-signing"
}

resource "google_secret_manager_secret_version" "session_signing" {
  secret      = google_secret_manager_secret.session_signing.id
  secret_data = "{{decoy:alnum:40}}"
}
