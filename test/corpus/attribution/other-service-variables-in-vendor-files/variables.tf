variable "novamed_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_api_key" { default = "{{decoy:alnum:40}}" }

variable "novamed_base_url" {
  default = "https://feapi.novamed.care"
}
