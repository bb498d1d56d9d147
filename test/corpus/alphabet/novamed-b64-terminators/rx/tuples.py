# NovaMed gRPC metadata and a positional config tuple
METADATA = [("x-api-key", "{{key:novamed-b64}}"), ("x-client", "rx")]
NOVAMED = ("https://feapi.novamed.care", '{{key:novamed-b64}}', 10)
