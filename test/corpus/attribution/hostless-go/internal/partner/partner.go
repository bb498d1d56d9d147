package partner

import "net/http"

func authorize(req *http.Request) {
	req.Header.Set("X-Api-Key", "{{key:novamed unconfirmed}}")
}
