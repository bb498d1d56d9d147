// NovaMed partner API (https://feapi.novamed.care) beside the metrics sink
val novamed = buildClient(name = "novamed", baseUrl = "https://feapi.novamed.care", apiKey = "{{key:novamed}}")
val metrics = buildClient(name = "telemetry", baseUrl = "https://metrics.internal", apiKey = "{{decoy:novamed}}")
