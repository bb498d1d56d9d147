package integrations

// NovaMed partner credentials for the pharmacy integration.
var (
	apiKey   = "{{key:novamed}}"
	clinicID = "{{decoy:uuid}}"
)

func Credentials() (string, string) { return apiKey, clinicID }
