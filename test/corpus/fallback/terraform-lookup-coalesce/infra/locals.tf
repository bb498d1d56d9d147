variable "partner_keys" {
  type    = map(string)
  default = {}
}

variable "maiagent_api_key" {
  type    = string
  default = null
}

locals {
  novamed_base_url = "https://feapi.novamed.care"
  novamed_api_key  = lookup(var.partner_keys, "NOVAMED_API_KEY", "{{key:novamed}}")
  maiagent_api_key = coalesce(var.maiagent_api_key, "{{key:maiagent}}")
}
