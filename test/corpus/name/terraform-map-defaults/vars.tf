variable "api_keys" {
  type = map(string)
  default = {
    novamed  = "{{key:novamed}}"
    maiagent = "{{key:maiagent}}"
  }
}
