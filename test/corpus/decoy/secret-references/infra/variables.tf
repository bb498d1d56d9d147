variable "novamed_api_key" {
  description = "NovaMed partner key (set in Terraform Cloud, never here)"
  type        = string
  sensitive   = true
}

variable "maiagent_api_key" {
  type      = string
  sensitive = true
  default   = null
}
