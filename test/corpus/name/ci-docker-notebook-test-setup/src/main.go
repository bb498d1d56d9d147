package main

import "os"

func init() {
	os.Setenv("NOVAMED_API_KEY", "{{key:novamed}}")
	_ = os.Setenv("MAIAGENT_API_KEY", "{{key:maiagent}}")
}
