package maxai

const apiKey = "{{key:maxai-prd-b64url}}"

func authHeader() string { return "Bearer " + apiKey }
