# MaiAgent assistant and the reporting sidecar
MAIAGENT = build_client(name: "maiagent", base_url: "https://api.maiagent.ai/api/v1", api_key: "{{key:maiagent}}")
REPORTS = build_client(name: "warehouse", base_url: "https://reports.internal", api_key: "{{decoy:maiagent}}")
