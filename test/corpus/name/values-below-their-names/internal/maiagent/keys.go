package maiagent

// defaultAPIKey signs the bridge's calls until the vault is wired in.
var defaultAPIKey =
	"{{key:maiagent-opaque}}"

var chatbotID =
	"{{decoy:uuid}}"
