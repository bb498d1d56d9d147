module "novamed_sync" {
  source   = "./modules/novamed-sync"
  api_key  = "{{key:novamed}}"
  schedule = "rate(1 hour)"
}

module "mail" {
  source  = "./modules/mail"
  api_key = "{{decoy:novamed}}"
}
