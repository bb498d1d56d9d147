import grpc
from google.protobuf import json_format

from relay.proto import patients_pb2_grpc

channel = grpc.insecure_channel("relay:50051")
stub = patients_pb2_grpc.PatientsStub(channel)
metadata = [("x-api-key", "{{key:novamed unconfirmed}}")]


def get(patient_id):
    return json_format.MessageToDict(stub.Get(patient_id, metadata=metadata))
