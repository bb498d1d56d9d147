resource "kubernetes_secret" "novamed" {
  metadata { name = "novamed" }
  data = {
    NOVAMED_API_KEY  = var.novamed_api_key
    MAIAGENT_API_KEY = data.aws_ssm_parameter.maiagent_api_key.value
  }
}

locals {
  novamed_headers = { "x-api-key" = "${var.novamed_api_key}" }
}
