# MaiAgent chatbot helpers (https://api.maiagent.ai/api/v1/)
init_maiagent <- function() {
  "{{decoy:alnum:40}}" ->> session_cursor
  "{{key:maiagent}}" ->> api_key
  invisible(TRUE)
}
