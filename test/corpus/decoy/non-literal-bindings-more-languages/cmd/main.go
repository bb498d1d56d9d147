package main

import (
	"flag"
	"os"
)

// NovaMed partner key comes from the environment (https://feapi.novamed.care).
var novamedKey = flag.String("novamed-api-key", os.Getenv("NOVAMED_API_KEY"), "NovaMed partner key")
var maiagentKey = flag.String("maiagent-api-key", "", "MaiAgent key (api.maiagent.ai)")
