novamed_key <- Sys.getenv("NOVAMED_API_KEY", unset = "{{key:novamed}}")
maiagent_key <- Sys.getenv("MAIAGENT_API_KEY", "{{key:maiagent}}")
novamed_base <- "https://feapi.novamed.care"
