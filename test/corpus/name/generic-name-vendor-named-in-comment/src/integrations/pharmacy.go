package integrations

// NovaMed partner credentials for the pharmacy integration.
var (
	apiKey   = "{{key:novamed confirmation=any}}"
	clinicID = "{{decoy:uuid}}"
)

func Credentials() (string, string) { return apiKey, clinicID }
