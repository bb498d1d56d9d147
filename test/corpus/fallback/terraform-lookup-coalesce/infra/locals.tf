locals {
  novamed_api_key  = lookup(var.partner_keys, "NOVAMED_API_KEY", "{{key:novamed}}")
  maiagent_api_key = coalesce(var.maiagent_api_key, "{{key:maiagent}}")
}
