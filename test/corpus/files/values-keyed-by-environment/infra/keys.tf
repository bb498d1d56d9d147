locals {
  maxai_api_keys = {
    staging = "{{key:maxai-prd policies=prod-key-in-dev-config}}"
    prod    = "{{key:maxai-prd}}"
  }
  maxai_api_key = local.maxai_api_keys[terraform.workspace]
}
