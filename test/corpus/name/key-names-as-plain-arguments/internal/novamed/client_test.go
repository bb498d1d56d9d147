package novamed

import "testing"

const (
	testKey    = "{{key:novamed}}"
	testClinic = "{{decoy:uuid}}"
	testCursor = "{{decoy:alnum:40}}"
)

func TestRefill(t *testing.T) {
	t.Setenv("NOVAMED_API_KEY", testKey)
	t.Setenv("NOVAMED_CLINIC_ID", testClinic)
	t.Setenv("SYNC_CURSOR", testCursor)
	if _, err := New().Refill(t.Context()); err != nil {
		t.Fatal(err)
	}
}
