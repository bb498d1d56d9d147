package partners

const (
	NovaMedAPIKey   = "{{key:novamed}}"
	maiagentAPIKey  = "{{key:maiagent}}"
	novamedClinicID = "{{decoy:uuid}}"
)

var novamedWebhookSecret = []byte("{{key:novamed}}")
