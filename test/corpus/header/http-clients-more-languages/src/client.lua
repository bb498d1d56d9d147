-- NovaMed (feapi.novamed.care)
local res = http.request({ url = "https://feapi.novamed.care/api/external/patient", headers = { ["x-api-key"] = "{{key:novamed}}" } })
