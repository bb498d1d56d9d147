package partner

import "net/http"

// The partner gateway issues one key per tenant; ours is below until the vault migration lands.
const tenantKey = "{{key:novamed unconfirmed}}"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", tenantKey)
	return req, nil
}
