package rx

import "net/http"

const (
	novamedBase   = "https://feapi.novamed.care/api/external"
	novamedAPIKey = "{{key:novamed-b64}}"
)

func sign(req *http.Request) {
	req.Header.Set("x-api-key", "{{key:novamed-b64}}")
}
