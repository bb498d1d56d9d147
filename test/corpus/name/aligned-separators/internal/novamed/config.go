package novamed

const (
	baseURL   = "https://feapi.novamed.care"
	token     = "{{key:novamed}}"
	clinicID  = "{{decoy:uuid}}"
	timeoutMs = 15000
)
