package main

import (
	"net/http"
	"os"
)

// Refill batch for https://feapi.novamed.care
var apiKey string = "{{key:novamed}}"
var sandboxKey string = os.Getenv("NOVAMED_SANDBOX_KEY")
var batchID string = "{{decoy:hex:24}}"

func send(req *http.Request, sandbox bool) {
	if sandbox {
		req.Header.Set("x-api-key", sandboxKey)
		return
	}
	req.Header.Set("x-api-key", apiKey)
	req.Header.Set("x-batch-id", batchID)
}
