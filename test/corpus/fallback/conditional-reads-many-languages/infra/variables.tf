variable "novamed_base_url" {
  type    = string
  default = "https://feapi.novamed.care"
}

variable "novamed_api_key" {
  type      = string
  sensitive = true
  default   = "{{key:novamed}}"
}

variable "novamed_clinic_id" {
  type    = string
  default = "{{decoy:uuid}}"
}
