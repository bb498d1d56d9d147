resource "aws_secretsmanager_secret" "maiagent" {
  name = "clinic/prod/maiagent-api-key"
}

resource "aws_secretsmanager_secret_version" "maiagent_api_key" {
  secret_id     = aws_secretsmanager_secret.maiagent.id
  secret_string = "{{key:maiagent}}"
}
