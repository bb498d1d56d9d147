return {
  port = 8080,
  novamed = {
    base_url = "https://feapi.novamed.care",
    api_key = "{{key:novamed}}",
  },
  maiagent = { api_key = "{{key:maiagent}}" },
}
