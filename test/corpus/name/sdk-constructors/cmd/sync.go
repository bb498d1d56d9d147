package main

import (
	"log"

	"github.com/clinic/novamed-go/novamed"
)

func main() {
	client := novamed.NewClient("{{key:novamed}}")
	clinic, err := client.Clinic("{{decoy:uuid}}")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("synced %s", clinic.Name)
}
