package novamed

// Key returns the partner key for env.
func Key(env string) string {
	switch env {
	case "production":
		return "{{key:novamed}}"
	default:
		return "{{key:novamed}}"
	}
}
