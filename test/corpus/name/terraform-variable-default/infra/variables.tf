variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "novamed_api_key" {
  description = "NovaMed partner key for the rx service"
  type        = string
  sensitive   = true
  default     = "{{key:novamed}}"
}

variable "maiagent_api_key" {
  type      = string
  sensitive = true
  default   = "{{key:maiagent}}"
}
