package main

import (
	"log"
	"net/http"
	"strings"
)

func main() {
	req, err := http.NewRequest("POST", "https://feapi.novamed.care/api/external/refill-request", strings.NewReader(`{}`))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("x-api-key", "{{key:novamed}}")
	req.Header["Accept"] = []string{"application/json"}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println("refill status", resp.Status)

	// The webhook registration uses the second partner key issued for the pharmacy tenant.
	hook, _ := http.NewRequest("POST", "https://feapi.novamed.care/api/external/webhook", nil)
	hook.Header["X-Api-Key"] = []string{"{{key:novamed}}"}
	_, _ = http.DefaultClient.Do(hook)
}
