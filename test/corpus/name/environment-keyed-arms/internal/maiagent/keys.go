package maiagent

// apiKeys holds the MaiAgent key of each deployment.
var apiKeys = map[string]string{
	"production": "{{key:maiagent}}",
	"staging":    "{{key:maiagent}}",
}

var chatbots = map[string]string{
	"production": "{{decoy:uuid}}",
	"staging":    "{{decoy:alnum:32}}",
}
