resource "vercel_project_environment_variable" "novamed" {
  project_id = vercel_project.app.id
  key        = "NOVAMED_API_KEY"
  value      = "{{key:novamed}}"
  target     = ["production"]
}
resource "github_actions_secret" "maiagent" {
  repository      = "clinic"
  secret_name     = "MAIAGENT_API_KEY"
  plaintext_value = "{{key:maiagent}}"
}
resource "aws_ssm_parameter" "novamed" {
  name  = "/clinic/novamed/api_key"
  type  = "SecureString"
  value = "{{key:novamed}}"
}
