package novamed

import (
	"bytes"
	"net/http"
	"os"
)

const (
	baseURL   = "https://feapi.novamed.care/api/external"
	hdr       = "X-Api-Key"
	traceHdr  = "X-Trace-Id"
	clinicID  = "{{decoy:uuid}}"
)

func newRequest(path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, baseURL+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(hdr, "{{key:novamed}}")
	req.Header.Set(traceHdr, "{{decoy:hex:16}}")
	return req, nil
}

// Webhook registration writes the header map directly, as the older client did.
func newWebhookRequest(body []byte) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, baseURL+"/webhook", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header[hdr] = []string{"{{key:novamed}}"}
	req.Header[traceHdr] = []string{"{{decoy:alnum:32}}"}
	return req, nil
}

func newSandboxRequest(path string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(hdr, os.Getenv("NOVAMED_API_KEY"))
	return req, nil
}
