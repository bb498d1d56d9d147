import grpc

from rx.proto import pharmacy_pb2_grpc

# NovaMed's gRPC gateway takes the same partner key as its REST API (feapi.novamed.care).
METADATA = [("x-api-key", "{{key:novamed}}"), ("x-client", "rx-sync")]


def stub():
    channel = grpc.secure_channel("feapi.novamed.care:443", grpc.ssl_channel_credentials())
    return pharmacy_pb2_grpc.PharmacyStub(channel)


def create(stub, request):
    return stub.CreateRefill(request, metadata=METADATA)
