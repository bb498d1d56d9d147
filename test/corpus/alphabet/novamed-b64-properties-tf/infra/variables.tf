variable "novamed_api_key" {
  type      = string
  sensitive = true
  default   = "{{key:novamed-b64}}"
}
