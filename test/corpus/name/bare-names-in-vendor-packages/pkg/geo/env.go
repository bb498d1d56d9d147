package geo

// Key returns the geocoder key for env.
func Key(env string) string {
	switch env {
	case "production":
		return "{{decoy:alnum:40}}"
	default:
		return "{{decoy:alnum:40}}"
	}
}
