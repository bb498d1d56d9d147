package novamed

import "os"

var novamedBaseURL string = "https://feapi.novamed.care/api/external"
var novamedKey string = "{{key:novamed}}"
var novamedKeyFromEnv string = os.Getenv("NOVAMED_API_KEY")
var novamedClinic string = "{{decoy:uuid}}"
