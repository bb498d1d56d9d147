library(httr2)

"{{key:novamed}}" -> novamed_api_key
"{{decoy:uuid}}" -> novamed_clinic_id
"{{decoy:hex:32}}" -> novamed_api_key_sha256

patients <- function() {
  request("https://feapi.novamed.care/api/external/patient") |>
    req_headers(`x-api-key` = novamed_api_key) |>
    req_perform()
}
