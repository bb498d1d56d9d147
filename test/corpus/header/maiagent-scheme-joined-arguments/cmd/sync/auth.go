package main

import (
	"fmt"
	"net/http"
	"os"
)

const maiToken = "{{key:maiagent}}"
const buildID = "{{decoy:hex:20}}"

func authorize(req *http.Request) {
	req.Header.Set("Authorization", fmt.Sprint("Api-Key ", maiToken))
	req.Header.Set("X-Build", fmt.Sprint("build-", buildID))
}

func authorizeFromEnv(req *http.Request) {
	req.Header.Set("Authorization", fmt.Sprint("Api-Key ", os.Getenv("MAIAGENT_API_KEY")))
}

var _ = "https://api.maiagent.ai/api/v1/chatbots/"
