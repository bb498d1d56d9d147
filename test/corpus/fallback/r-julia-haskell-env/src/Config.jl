const NOVAMED_API_KEY = get(ENV, "NOVAMED_API_KEY", "{{key:novamed}}")
const MAIAGENT_API_KEY = get(ENV, "MAIAGENT_API_KEY", "{{key:maiagent}}")
