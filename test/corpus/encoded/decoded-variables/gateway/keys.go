package gateway

import "encoding/base64"

const maxaiEnc = "{{b64}}{{key:maxai-prd}}{{/b64}}"
const certPin = "{{decoy:b64:32}}"

func maxaiKey() string {
	b, _ := base64.StdEncoding.DecodeString(maxaiEnc)
	return string(b)
}

func pin() []byte {
	b, _ := base64.StdEncoding.DecodeString(certPin)
	return b
}
