library(httr2)

key <- "{{key:maiagent}}"
env_key <- Sys.getenv("MAIAGENT_API_KEY")
crm_token <- "{{decoy:alnum:40}}"

chatbots <- request("https://api.maiagent.ai/api/v1/chatbots/") |>
  req_headers(Authorization = paste0("Api-Key ", key))

from_env <- request("https://api.maiagent.ai/api/v1/chatbots/") |>
  req_headers(Authorization = paste0("Api-Key ", env_key))

crm <- request("https://crm.example.com/v2/contacts") |>
  req_headers(Authorization = paste0("Bearer ", crm_token))
