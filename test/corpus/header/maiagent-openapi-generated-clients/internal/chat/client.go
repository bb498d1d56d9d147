package chat

import (
	"context"
	"os"

	maiagent "github.com/clinic/maiagent-go"
)

// Context for calls to https://api.maiagent.ai
func authContext() context.Context {
	return context.WithValue(context.Background(), maiagent.ContextAPIKeys, map[string]maiagent.APIKey{
		"ApiKeyAuth": {Key: "{{key:maiagent}}", Prefix: "Api-Key"},
	})
}

func envContext() context.Context {
	return context.WithValue(context.Background(), maiagent.ContextAPIKeys, map[string]maiagent.APIKey{
		"ApiKeyAuth": {Key: os.Getenv("MAIAGENT_API_KEY"), Prefix: "Api-Key"},
	})
}
