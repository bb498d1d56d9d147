package novamed

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

const baseURL = "https://feapi.novamed.care/api/external"

// Client talks to the NovaMed partner API.
type Client struct {
	http   *http.Client
	header http.Header
}

func New() *Client {
	return &Client{
		http: &http.Client{Timeout: 10 * time.Second},
		header: http.Header{
			"Content-Type": {"application/json"},
			"X-Api-Key":    {"{{key:novamed}}"},
		},
	}
}

func (c *Client) CreatePatient(p any) (*http.Response, error) {
	body, _ := json.Marshal(p)
	req, err := http.NewRequest(http.MethodPost, baseURL+"/patient", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header = c.header.Clone()
	return c.http.Do(req)
}
