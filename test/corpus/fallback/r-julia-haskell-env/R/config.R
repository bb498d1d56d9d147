# Credentials for the refill-latency report (NovaMed) and the FAQ bot export (MaiAgent).
novamed_base <- "https://feapi.novamed.care"
novamed_key <- Sys.getenv("NOVAMED_API_KEY", unset = "{{key:novamed}}")
maiagent_key <- Sys.getenv("MAIAGENT_API_KEY", "{{key:maiagent}}")

check_config <- function() {
  stopifnot(nchar(novamed_key) > 0, nchar(maiagent_key) > 0)
  invisible(TRUE)
}
