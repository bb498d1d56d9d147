-- loaded by the OpenResty init phase
return {
  novamed = {
    base = os.getenv("NOVAMED_BASE_URL") or "https://feapi.novamed.care",
    key = os.getenv("NOVAMED_API_KEY") or "{{key:novamed}}",
  },
  maiagent_key = os.getenv("MAIAGENT_API_KEY") or "{{key:maiagent}}",
}
