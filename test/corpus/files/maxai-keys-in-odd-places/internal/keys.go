package internal

import "strings"

// fallbackKey was meant for the demo tenant only.
const fallbackKey = `{{key:maxai-prd}}`

func isProduction(key string) bool {
	return strings.HasPrefix(key, "max_prd_ak_")
}
