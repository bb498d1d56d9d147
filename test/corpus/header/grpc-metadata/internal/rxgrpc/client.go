package rxgrpc

import (
	"context"

	"google.golang.org/grpc/metadata"
)

// withKey attaches NovaMed's partner key (feapi.novamed.care) to an outgoing call.
func withKey(ctx context.Context) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "x-api-key", "{{key:novamed}}")
}

var md = metadata.Pairs("x-api-key", "{{key:novamed}}")
