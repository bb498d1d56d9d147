package main

import (
	"os"

	"github.com/zalando/go-keyring"
)

func main() {
	_ = keyring.Set("maiagent", "clinic", "{{key:maiagent}}")
	_ = keyring.Set("maiagent", "env", os.Getenv("MAIAGENT_API_KEY"))
	_ = keyring.Set("build-cache", "ci", "{{decoy:alnum:30}}")
}
