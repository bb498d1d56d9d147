// Package novamed talks to the NovaMed FE API (https://feapi.novamed.care).
package novamed

import "net/http"

var token = "{{key:novamed}}"

// Client sends every request with the clinic's key.
type Client struct {
	http *http.Client
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("x-api-key", token)
	return c.http.Do(req)
}
