locals {
  maiagent_api_key = base64decode("{{b64}}{{key:maiagent}}{{/b64}}")
  banner           = base64decode("{{b64}}Welcome to the clinic{{/b64}}")
}

resource "aws_ssm_parameter" "maiagent" {
  name  = "/clinic/maiagent/api-key"
  type  = "SecureString"
  value = local.maiagent_api_key
}
