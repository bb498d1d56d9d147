package main

import "os"

var partners = []struct {
	name, key string
}{
	{"novamed", "{{key:novamed}}"},
	{"maiagent", os.Getenv("MAIAGENT_API_KEY")},
}

var regions = []struct{ name, id string }{
	{"novamed", "{{decoy:alnum:24}}"},
}
