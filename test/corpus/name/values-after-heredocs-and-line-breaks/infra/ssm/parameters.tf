resource "aws_ssm_parameter" "novamed_api_key" {
  name  = "/clinic/prod/novamed/api_key"
  type  = "SecureString"
  value = <<-EOT
    {{key:novamed}}
  EOT
}

resource "aws_ssm_parameter" "maiagent_api_key" {
  name  = "/clinic/prod/maiagent/api_key"
  type  = "SecureString"
  value = <<EOT
{{key:maiagent}}
EOT
}

resource "aws_ssm_parameter" "novamed_base_url" {
  name  = "/clinic/prod/novamed/base_url"
  type  = "String"
  value = "https://feapi.novamed.care"
}

resource "aws_ssm_parameter" "novamed_rotation" {
  name  = "/clinic/prod/novamed/api_key_rotation"
  type  = "String"
  value = <<-EOT
    ${var.novamed_rotation_schedule}
  EOT
}
