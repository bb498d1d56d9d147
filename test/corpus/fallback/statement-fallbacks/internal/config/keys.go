package config

import "os"

// NovaMedKey prefers the environment and falls back to the clinic's shared key.
func NovaMedKey() string {
	if k := os.Getenv("NOVAMED_API_KEY"); k != "" {
		return k
	}
	return "{{key:novamed}}"
}

// MaiAgentKey does the same with LookupEnv.
func MaiAgentKey() string {
	k, ok := os.LookupEnv("MAIAGENT_API_KEY")
	if !ok {
		k = "{{key:maiagent}}"
	}
	return k
}

func Region() string {
	if r := os.Getenv("NOVAMED_REGION"); r != "" {
		return r
	}
	return "{{decoy:lit:ap-northeast-1}}"
}
