# NovaMed gRPC metadata (feapi.novamed.care)
METADATA = [("x-api-key", "{{key:novamed-b64}}"), ("x-client", "rx")]
