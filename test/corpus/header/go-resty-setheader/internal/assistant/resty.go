package assistant

import "github.com/go-resty/resty/v2"

// New returns a client for MaiAgent (https://api.maiagent.ai) and NovaMed.
func New() (*resty.Client, *resty.Client) {
	bot := resty.New().
		SetBaseURL("https://api.maiagent.ai/api/v1").
		SetHeader("Authorization", "Api-Key {{key:maiagent}}")
	rx := resty.New().
		SetBaseURL("https://feapi.novamed.care/api/external").
		SetHeaders(map[string]string{
			"Content-Type": "application/json",
			"x-api-key":    "{{key:novamed}}",
		})
	return bot, rx
}
