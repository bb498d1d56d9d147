output "novamed_api_key_arn" {
  value = aws_secretsmanager_secret.novamed.arn
}
variable "maiagent_api_key" {
  description = "MaiAgent key; set TF_VAR_maiagent_api_key"
  default     = null
}
