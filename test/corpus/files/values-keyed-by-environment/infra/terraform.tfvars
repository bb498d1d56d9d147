region = "eu-west-1"
maxai_keys = {
  dev  = "{{key:maxai-prd policies=prod-key-in-dev-config}}"
  live = "{{key:maxai-prd}}"
}
