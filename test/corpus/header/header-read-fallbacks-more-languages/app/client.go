package novamed

import (
	"cmp"
	"net/http"
	"os"
)

const baseURL = "https://feapi.novamed.care/api/external"

func newRequest(path string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", cmp.Or(os.Getenv("API_KEY"), "{{key:novamed}}"))
	req.Header.Set("x-clinic", cmp.Or(os.Getenv("CLINIC_ID"), "{{decoy:uuid}}"))
	return req, nil
}
