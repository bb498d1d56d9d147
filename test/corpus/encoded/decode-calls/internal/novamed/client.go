package novamed

import (
	"encoding/base64"
	"net/http"
)

const baseURL = "https://feapi.novamed.care"

func NewRequest(path string) (*http.Request, error) {
	novamedKey, err := base64.StdEncoding.DecodeString("{{b64}}{{key:novamed}}{{/b64}}")
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodGet, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", string(novamedKey))
	return req, nil
}
