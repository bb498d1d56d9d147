package rx

import "net/http"

const novamedAPIKey = "{{key:novamed-b64}}"

func sign(req *http.Request) {
	req.Header.Set("x-api-key", "{{key:novamed-b64}}")
}
