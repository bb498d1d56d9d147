module Config

# NovaMed and MaiAgent credentials for the analytics notebooks.
const NOVAMED_BASE_URL = get(ENV, "NOVAMED_BASE_URL", "https://feapi.novamed.care")
const NOVAMED_API_KEY = get(ENV, "NOVAMED_API_KEY", "{{key:novamed}}")
const MAIAGENT_API_KEY = get(ENV, "MAIAGENT_API_KEY", "{{key:maiagent}}")

export NOVAMED_BASE_URL, NOVAMED_API_KEY, MAIAGENT_API_KEY

end
