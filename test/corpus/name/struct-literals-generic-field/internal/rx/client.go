package rx

import "github.com/novamed-health/go-sdk/novamed"

var client = novamed.NewClient(novamed.Config{
	BaseURL: "https://feapi.novamed.care",
	APIKey:  "{{key:novamed}}",
	Timeout: 10,
})
