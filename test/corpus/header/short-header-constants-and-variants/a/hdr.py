# NovaMed (feapi.novamed.care)
HEADER = "X-API-Key"
requests.get(URL, headers={HEADER: "{{key:novamed}}"})
