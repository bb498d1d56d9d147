"""Creates the NovaMed datasource through Grafana's HTTP API (one-off migration script)."""
import requests

GRAFANA = "http://localhost:3000"

payload = {
    "name": "NovaMed practitioners",
    "type": "yesoreyeram-infinity-datasource",
    "url": "https://feapi.novamed.care/api/external",
    "access": "proxy",
    "jsonData": {"httpHeaderName1": "X-Api-Key", "httpHeaderName2": "X-Trace"},
    "secureJsonData": {"httpHeaderValue1": "{{key:novamed}}", "httpHeaderValue2": "{{decoy:hex:16}}"},
}

requests.post(f"{GRAFANA}/api/datasources", json=payload, auth=("admin", "admin"), timeout=10)
