library(httr)

novamed_base <- "https://feapi.novamed.care/api/external"

create_practitioner <- function(body) {
  POST(
    paste0(novamed_base, "/practitioner"),
    add_headers(`x-api-key` = "{{key:novamed}}", `Content-Type` = "application/json"),
    body = body,
    encode = "json"
  )
}

chatbots <- function() {
  httr2::request("https://api.maiagent.ai/api/v1/chatbots/") |>
    httr2::req_headers(Authorization = "Api-Key {{key:maiagent}}") |>
    httr2::req_perform()
}
