package rx

import "os"

func init() {
	// TODO remove before release
	os.Setenv("NOVAMED_API_KEY", "{{key:novamed}}")
}
