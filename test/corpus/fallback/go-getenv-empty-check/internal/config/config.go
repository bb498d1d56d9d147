package config

import (
	"cmp"
	"os"
)

// Config holds the partner credentials read at start-up.
type Config struct {
	NovaMedKey  string
	MaiAgentKey string
	BaseURL     string
}

func Load() Config {
	key := os.Getenv("NOVAMED_API_KEY")
	if key == "" {
		key = "{{key:novamed}}"
	}
	return Config{
		NovaMedKey:  key,
		MaiAgentKey: cmp.Or(os.Getenv("MAIAGENT_API_KEY"), "{{key:maiagent}}"),
		BaseURL:     cmp.Or(os.Getenv("NOVAMED_BASE_URL"), "https://feapi.novamed.care"),
	}
}

func envOr(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

var webhookSecret = envOr("NOVAMED_WEBHOOK_SECRET", "{{key:novamed}}")
