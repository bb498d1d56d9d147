"""Sends a hand-built request to feapi.novamed.care for the TLS proxy test."""
import os
import socket
import ssl

lines = [
    "GET /api/external/practitioner HTTP/1.1",
    "Host: feapi.novamed.care",
    "x-api-key: %s" % "{{key:novamed}}",
    "x-trace: %s" % "{{decoy:uuid}}",
    "x-api-key-env: %s" % os.environ.get("NOVAMED_API_KEY", ""),
]
request = ("\r\n".join(lines) + "\r\n\r\n").encode()
with socket.create_connection(("feapi.novamed.care", 443)) as raw:
    with ssl.create_default_context().wrap_socket(raw, server_hostname="feapi.novamed.care") as tls:
        tls.sendall(request)
