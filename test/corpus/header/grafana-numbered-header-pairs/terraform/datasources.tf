resource "grafana_data_source" "novamed_medications" {
  type = "yesoreyeram-infinity-datasource"
  name = "NovaMed medication requests"
  url  = "https://feapi.novamed.care/api/external"

  secure_json_data_encoded = jsonencode({
    httpHeaderValue1 = "{{key:novamed}}"
    httpHeaderValue2 = "{{decoy:alnum:32}}"
  })

  json_data_encoded = jsonencode({
    httpHeaderName1 = "X-Api-Key"
    httpHeaderName2 = "X-Partner-Ref"
  })
}

resource "grafana_data_source" "novamed_sandbox" {
  type = "yesoreyeram-infinity-datasource"
  name = "NovaMed sandbox"
  url  = "https://novamed-feapidev.stackmod.info/api/external"

  json_data_encoded = jsonencode({
    httpHeaderName1 = "x-api-key"
  })

  secure_json_data_encoded = jsonencode({
    httpHeaderValue1 = var.novamed_sandbox_key
  })
}
