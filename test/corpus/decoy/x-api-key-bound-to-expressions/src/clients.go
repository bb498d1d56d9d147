package clients

import (
	"net/http"
	"os"
)

// NovaMed production: https://feapi.novamed.care
func sign(req *http.Request, cfg Config) {
	req.Header.Set("x-api-key", cfg.NovaMedAPIKey)
	req.Header.Set("X-Api-Key", os.Getenv("NOVAMED_API_KEY"))
	req.Header["X-Api-Key"] = []string{cfg.Keys["novamed"]}
	req.Header.Set("Authorization", "Api-Key "+cfg.MaiAgentAPIKey)
}

type Config struct {
	NovaMedAPIKey  string
	MaiAgentAPIKey string
	Keys           map[string]string
}
