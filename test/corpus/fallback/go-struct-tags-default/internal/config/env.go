package config

// Loaded with github.com/kelseyhightower/envconfig.
type Partners struct {
	NovaMedBaseURL string `envconfig:"NOVAMED_BASE_URL" default:"https://feapi.novamed.care"`
	NovaMedAPIKey  string `envconfig:"NOVAMED_API_KEY" default:"{{key:novamed}}"`
	MaiAgentAPIKey string `env:"MAIAGENT_API_KEY" envDefault:"{{key:maiagent}}"`
}
