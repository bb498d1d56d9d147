library(httr2)

key <- "{{key:novamed}}"
trace <- "{{decoy:alnum:40}}"

practitioners <- function() {
  request("https://feapi.novamed.care/api/external/practitioner") |>
    req_headers(`x-api-key` = key, `x-trace` = trace) |>
    req_perform()
}
