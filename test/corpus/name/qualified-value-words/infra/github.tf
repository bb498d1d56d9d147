resource "github_actions_secret" "novamed_api_key" {
  repository      = "clinic-portal"
  secret_name     = "NOVAMED_API_KEY"
  plaintext_value = "{{key:novamed}}"
}

resource "github_actions_secret" "maiagent_api_key" {
  repository      = "clinic-portal"
  secret_name     = "MAIAGENT_API_KEY"
  encrypted_value = "{{decoy:b64:48}}"
}

resource "github_actions_secret" "deploy_hook" {
  repository      = "clinic-portal"
  secret_name     = "DEPLOY_HOOK_ID"
  plaintext_value = "{{decoy:alnum:40}}"
}
