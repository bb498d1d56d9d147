include "root" {
  path = find_in_parent_folders()
}
inputs = {
  maxai_api_key = "{{key:maxai-prd policies=prod-key-in-dev-config}}"
}
