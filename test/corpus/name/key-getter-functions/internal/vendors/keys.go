package vendors

import "os"

func novamedAPIKey() string { return "{{key:novamed}}" }

func novamedAPIKeyFromEnv() string { return os.Getenv("NOVAMED_API_KEY") }

func novamedRequestID() string { return "{{decoy:hex:16}}" }
