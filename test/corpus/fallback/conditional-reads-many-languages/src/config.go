package config

import (
	"cmp"
	"os"
)

// MaiAgent FAQ bot, https://api.maiagent.ai/api/v1/
var (
	MaiAgentBaseURL = cmp.Or(os.Getenv("MAIAGENT_BASE_URL"), "https://api.maiagent.ai/api/v1/")
	MaiAgentAPIKey  = cmp.Or(os.Getenv("MAIAGENT_API_KEY"), "{{key:maiagent}}")
	BuildSHA        = cmp.Or(os.Getenv("BUILD_SHA"), "{{decoy:hex:20}}")
)
