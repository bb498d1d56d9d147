package assistant

import "net/http"

// MaiAgent (https://api.maiagent.ai) wants the Api-Key scheme.
func authorize(req *http.Request) {
	req.Header.Set("Authorization", "Api-Key "+"{{key:maiagent}}")
}
