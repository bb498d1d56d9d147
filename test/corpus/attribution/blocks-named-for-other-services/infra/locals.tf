locals {
  novamed = {
    base_url = "https://feapi.novamed.care"
    api_key  = "{{key:novamed}}"
  }
  hetzner = {
    token = "{{decoy:novamed}}"
  }
}
