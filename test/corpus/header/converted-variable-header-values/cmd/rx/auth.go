package main

import (
	"net/http"
	"os"
	"strings"
)

const partner = "{{key:novamed}}"

func authorize(req *http.Request) {
	req.Header.Set("x-api-key", strings.TrimSpace(partner))
}

func authorizeFromEnv(req *http.Request) {
	req.Header.Set("x-api-key", strings.TrimSpace(os.Getenv("NOVAMED_API_KEY")))
}

var _ = "https://feapi.novamed.care/api/external/practitioner"
