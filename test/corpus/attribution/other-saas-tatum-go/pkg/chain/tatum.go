package chain

import "net/http"

func tatumRequest() (*http.Request, error) {
	req, err := http.NewRequest("GET", "https://api.tatum.io/v3/tatum/version", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", "{{decoy:alnum:40}}")
	return req, nil
}
