package hooks

import (
	"crypto/subtle"
	"net/http"
)

// NovaMed webhook receiver: NovaMed (feapi.novamed.care) puts our secret in the x-api-key header.
func NovaMed(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Api-Key")), []byte("{{key:novamed}}")) != 1 {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if r.Header.Get("x-api-key") != "{{key:novamed}}" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
