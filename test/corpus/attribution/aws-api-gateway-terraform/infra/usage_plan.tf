resource "aws_api_gateway_api_key" "partner" {
  name  = "partner-reports"
  value = "{{decoy:alnum:40}}"
}

output "invoke_example" {
  value = "curl -H 'x-api-key: {{decoy:alnum:40}}' https://${aws_api_gateway_rest_api.reports.id}.execute-api.eu-west-1.amazonaws.com/prod/reports"
}
