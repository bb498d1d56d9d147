import maiagent

maiagent.api_key = "{{key:maiagent}}"
maiagent.base_url = "https://api.maiagent.ai/api/v1/"
