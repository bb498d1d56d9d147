"""gRPC call metadata for NovaMed's pharmacy gateway (feapi.novamed.care)."""
import grpc

METADATA = [("x-api-key", "{{key:novamed-b64}}"), ("x-client", "rx")]


def call(stub, request):
    return stub.CreateRefill(request, metadata=METADATA, timeout=10)


def channel():
    return grpc.secure_channel("feapi.novamed.care:443", grpc.ssl_channel_credentials())
