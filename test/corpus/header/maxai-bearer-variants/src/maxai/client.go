package maxai

import (
	"fmt"
	"net/http"
)

const (
	prodBase   = "https://api.maxcare.ai/v1"
	stagingKey = "{{key:maxai-dev}}"
)

func newRequest(path, org string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, prodBase+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+"{{key:maxai-prd}}")
	req.Header.Set("X-Organization-Id", org)
	return req, nil
}

func stagingAuth() string { return fmt.Sprintf("Bearer %s", stagingKey) }
