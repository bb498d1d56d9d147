library(httr2)

novamed_api_key <- "{{key:novamed}}"
clinic_id <- "{{decoy:uuid}}"

clinics <- request("https://feapi.novamed.care/v1/clinics") |>
  req_headers(`x-api-key` = Sys.getenv("NOVAMED_API_KEY", novamed_api_key)) |>
  req_perform()
