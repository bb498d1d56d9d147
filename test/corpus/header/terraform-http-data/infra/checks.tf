data "http" "maiagent_health" {
  url = "https://api.maiagent.ai/api/v1/chatbots/?page=1&pageSize=1"

  request_headers = {
    Accept        = "application/json"
    Authorization = "Api-Key {{key:maiagent}}"
  }
}

check "novamed_reachable" {
  data "http" "novamed" {
    url    = "https://feapi.novamed.care/api/external/practitioner"
    method = "POST"
    request_headers = {
      "x-api-key" = "{{key:novamed}}"
    }
  }

  assert {
    condition     = data.http.novamed.status_code != 401
    error_message = "NovaMed rejected the key"
  }
}
