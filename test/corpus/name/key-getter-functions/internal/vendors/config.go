package vendors

import (
	"context"
	"os"
)

type Config struct{ region string }

func (c *Config) NovaMedAPIKey(ctx context.Context) string { return "{{key:novamed}}" }

func (c *Config) NovaMedAPIKeyFromEnv(ctx context.Context) string { return os.Getenv("NOVAMED_API_KEY") }

func (c *Config) NovaMedRegion(ctx context.Context) string { return "{{decoy:alnum:12}}" }
