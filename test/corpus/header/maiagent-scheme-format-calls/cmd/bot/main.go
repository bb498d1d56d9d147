package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

const maiagentBase = "https://api.maiagent.ai/api/v1"

func main() {
	apiKey := "{{key:maiagent}}"
	req, err := http.NewRequest(http.MethodGet, maiagentBase+"/chatbots/", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Authorization", fmt.Sprintf("Api-Key %s", apiKey))
	req.Header.Set("X-Session", fmt.Sprintf("sess-%s", "{{decoy:hex:20}}"))

	backup, _ := http.NewRequest(http.MethodGet, maiagentBase+"/users/current/", nil)
	backup.Header.Set("Authorization", fmt.Sprintf("Api-Key %v", os.Getenv("MAIAGENT_API_KEY")))
	fmt.Println(req.URL, backup.URL)
}
