variable "novamed_api_key" {
  type      = string
  default   = null
  sensitive = true
}

variable "integrations" {
  type    = any
  default = {}
}

locals {
  novamed_api_key  = coalesce(var.novamed_api_key, "{{key:novamed}}")
  maiagent_api_key = try(var.integrations.maiagent_api_key, "{{key:maiagent}}")
  novamed_clinic   = coalesce(var.novamed_clinic_id, "{{decoy:uuid}}")
}
