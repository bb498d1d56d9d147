package assistant

import (
	"context"
	"net/http"
)

const endpoint = "https://api.maiagent.ai/api/v1/chatbots/"

// List returns the first page of chatbots for the tenant.
func List(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"?page=1&pageSize=1", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Add("Authorization", "Api-Key {{key:maiagent}}")
	return http.DefaultClient.Do(req)
}
