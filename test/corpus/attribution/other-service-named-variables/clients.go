package clients

import "net/http"

// Each key below is sent as x-api-key with no host that names its service: the variable's name does.
func brandRequest(url string) (*http.Request, error) {
	brandfetchAPIKey := "{{decoy:novamed-b64}}"
	req, err := http.NewRequest("GET", url, http.NoBody)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", brandfetchAPIKey)
	return req, nil
}

func shipRequest(url string) (*http.Request, error) {
	shipengine_token := "{{decoy:novamed}}"
	req, _ := http.NewRequest("POST", url, http.NoBody)
	req.Header.Set("x-api-key", shipengine_token)
	return req, nil
}

// A key variable named for what it is, not whose: nothing says whose it is.
func partnerRequest(url string) (*http.Request, error) {
	partnerAPIKey := "{{key:novamed unconfirmed}}"
	req, _ := http.NewRequest("GET", url, http.NoBody)
	req.Header.Set("x-api-key", partnerAPIKey)
	return req, nil
}
