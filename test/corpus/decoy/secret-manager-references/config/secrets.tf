data "aws_secretsmanager_secret_version" "novamed" {
  secret_id = "prod/novamed/api-key-{{decoy:alnum:6}}"
}

locals {
  novamed_api_key  = data.aws_secretsmanager_secret_version.novamed.secret_string
  maiagent_api_key = "secret/data/clinic/maiagent_api_key"
}
