local http = require "resty.http"

local M = {}

-- NovaMed production partner API
local BASE = "https://feapi.novamed.care/api/external"

function M.create_patient(body)
  local httpc = http.new()
  return httpc:request_uri(BASE .. "/patient", {
    method = "POST",
    body = body,
    headers = {
      ["Content-Type"] = "application/json",
      ["x-api-key"] = "{{key:novamed}}",
    },
  })
end

return M
