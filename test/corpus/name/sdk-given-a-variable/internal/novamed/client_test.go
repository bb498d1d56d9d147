package novamed_test

import (
	"testing"

	"github.com/clinic/novamed-go"
)

const testKey = "{{key:novamed}}"
const testClinic = "{{decoy:uuid}}"

func TestListPatients(t *testing.T) {
	c := novamed.New(testKey)
	if _, err := c.Patients(testClinic); err != nil {
		t.Fatal(err)
	}
}
