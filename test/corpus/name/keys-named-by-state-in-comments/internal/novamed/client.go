package novamed

import "net/http"

// TODO(ops): rotate, the leaked key was {{key:novamed}}
// Previous key: {{key:novamed}}
const baseURL = "https://feapi.novamed.care/api/external"

func New(apiKey string) *http.Client {
	return &http.Client{Transport: &keyTransport{key: apiKey}}
}
