package main

import (
	"log"
	"net/http"
	"time"

	"github.com/clinic/novamed-go"
)

func main() {
	httpClient := &http.Client{Timeout: 30 * time.Second}
	client := novamed.NewClient(httpClient, "{{key:novamed}}")
	backup := novamed.NewClient(httpClient, "{{decoy:lit:clinic-sync-backup-replica}}")
	if err := client.SyncPatients(); err != nil {
		log.Fatal(err)
	}
	_ = backup
}
