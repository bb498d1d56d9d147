package main

import (
	"os"

	stripe "github.com/stripe/stripe-go/v76"
	vendor "github.com/acme/novamed-go"
)

var creds = "{{key:novamed}}"

func main() {
	sk := "{{decoy:alnum:30}}"
	billing := stripe.NewClient(stripe.Config{APIKey: sk})
	c := vendor.New(vendor.WithAPIKey(creds))
	envKey := os.Getenv("NOVAMED_API_KEY")
	d := vendor.New(vendor.WithAPIKey(envKey))
	_, _, _ = billing, c, d
}
