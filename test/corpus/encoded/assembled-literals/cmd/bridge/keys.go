package main

import "encoding/hex"

// novamed partner credentials
var novamedAPIKey = string([]byte{{{char-hex}}{{key:novamed}}{{/char-hex}}})

func maiagentKey() string {
	maiagentAPIKey, _ := hex.DecodeString("{{hex}}{{key:maiagent}}{{/hex}}")
	return string(maiagentAPIKey)
}
