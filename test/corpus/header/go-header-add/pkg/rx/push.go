package rx

import "net/http"

// push sends one request to NovaMed (https://feapi.novamed.care).
func push(req *http.Request) (*http.Response, error) {
	req.Header.Add("X-API-KEY", "{{key:novamed}}")
	req.Header.Add("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

var assistantHeaders = map[string]string{
	"Authorization": "Api-Key {{key:maiagent}}",
	"Accept":        "application/json",
}

const assistantBase = "https://api.maiagent.ai/api/v1/"
