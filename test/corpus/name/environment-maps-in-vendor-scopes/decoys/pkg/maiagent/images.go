package maiagent

var envKeys = map[string]string{
	"production": "{{decoy:uuid}}",
	"staging":    "{{decoy:hex:40}}",
}

var envImages = map[string]string{
	"production": "registry.acme.io/maiagent-sync:2024.06.1",
}
