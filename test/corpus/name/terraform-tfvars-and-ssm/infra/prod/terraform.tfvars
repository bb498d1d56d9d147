environment       = "prod"
novamed_base_url  = "https://feapi.novamed.care"
novamed_api_key   = "{{key:novamed}}"
maiagent_api_key  = "{{key:maiagent}}"
