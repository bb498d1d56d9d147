package main

import (
	"flag"
	"log"
)

var (
	baseURL    = flag.String("novamed-base-url", "https://feapi.novamed.care", "NovaMed base URL")
	novamedKey = flag.String("novamed-api-key", "{{key:novamed}}", "NovaMed partner key")
)

func main() {
	flag.Parse()
	log.Printf("syncing to %s", *baseURL)
	_ = novamedKey
}
