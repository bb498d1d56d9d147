package notify

import (
	"bytes"
	"net/http"

	"github.com/slack-go/slack"
)

var slackClient = slack.New("")

const apiKey = "{{key:maiagent}}"

func Push(body []byte) error {
	req, _ := http.NewRequest("POST", "https://api.maiagent.ai/api/v1/chatbots/", bytes.NewReader(body))
	req.Header.Set("Authorization", "Api-Key "+apiKey)
	_, err := http.DefaultClient.Do(req)
	return err
}
