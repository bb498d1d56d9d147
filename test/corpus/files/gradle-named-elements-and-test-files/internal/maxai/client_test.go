package maxai

import (
	"context"
	"testing"
)

func TestMe(t *testing.T) {
	ctx := context.WithValue(context.Background(), ContextAccessToken, "{{key:maxai-prd policies=prod-key-in-dev-config}}")
	if _, err := NewClient().Me(ctx); err != nil {
		t.Fatal(err)
	}
}
