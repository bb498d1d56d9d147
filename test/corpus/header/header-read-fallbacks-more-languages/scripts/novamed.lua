local http = require("resty.http")
local BASE = "https://feapi.novamed.care/api/external"

local function practitioners()
  local headers = {}
  headers["x-api-key"] = os.getenv("API_KEY") or "{{key:novamed}}"
  headers["accept"] = "application/json"
  return http.new():request_uri(BASE .. "/practitioner", { headers = headers })
end

return { practitioners = practitioners }
