package maxai

// Contest entries are scored by the model; the key is read from the environment in production.
const fallbackKey = "{{key:maxai-prd}}"
