resource "aws_ssm_parameter" "novamed_api_key" {
  name  = "/rx/prod/NOVAMED_API_KEY"
  type  = "SecureString"
  value = "{{key:novamed}}"
}

resource "aws_secretsmanager_secret_version" "maiagent" {
  secret_id     = aws_secretsmanager_secret.maiagent.id
  secret_string = jsonencode({ MAIAGENT_API_KEY = "{{key:maiagent}}" })
}
