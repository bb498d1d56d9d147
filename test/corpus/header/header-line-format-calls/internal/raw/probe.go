package raw

import (
	"fmt"
	"os"
)

// Health probe for https://feapi.novamed.care written as raw header lines.
func headerLines() []string {
	return []string{
		fmt.Sprintf("X-Api-Key: %s", "{{key:novamed}}"),
		fmt.Sprintf("X-Probe: %s", "{{decoy:alnum:20}}"),
		fmt.Sprintf("X-Api-Key: %s", os.Getenv("NOVAMED_API_KEY")),
	}
}
