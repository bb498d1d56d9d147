resource "uptime_check" "novamed" {
  name       = "novamed-practitioners"
  url        = "https://feapi.novamed.care/api/external/practitioner"
  auth_key   = "x-api-key"
  interval   = 60
  auth_value = "{{key:novamed}}"
}
