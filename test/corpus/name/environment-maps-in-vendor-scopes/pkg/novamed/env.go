package novamed

import "os"

var envKeys = map[string]string{
	"production": "{{key:novamed}}",
	"staging":    "{{key:novamed}}",
}

var envHosts = map[string]string{
	"production": "feapi-prod-eu-west-1.clinic.internal",
	"staging":    "feapi-staging-eu-west-1.clinic.internal",
}

func KeyFor(env string) string {
	if v := os.Getenv("APP_KEY"); v != "" {
		return v
	}
	return envKeys[env]
}
