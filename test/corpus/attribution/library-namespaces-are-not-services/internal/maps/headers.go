package headers

import (
	"maps"
	"net/http"
)

func withDefaults(h http.Header) http.Header {
	out := http.Header{"X-Api-Key": {"{{key:novamed unconfirmed}}"}}
	maps.Copy(out, h)
	return out
}
