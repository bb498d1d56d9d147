resource "aws_api_gateway_integration" "rx_patient" {
  rest_api_id             = aws_api_gateway_rest_api.rx.id
  resource_id             = aws_api_gateway_resource.patient.id
  http_method             = "POST"
  type                    = "HTTP_PROXY"
  integration_http_method = "POST"
  uri                     = "https://feapi.novamed.care/api/external/patient"

  request_parameters = {
    "integration.request.header.x-api-key" = "'{{key:novamed}}'"
  }
}
