-- headers for the NovaMed upstream (https://feapi.novamed.care)
local nm = "{{key:novamed}}"
local etag = "{{decoy:hex:20}}"

local function header_lines()
  return {
    "x-api-key: " .. nm,
    "If-None-Match: " .. etag,
  }
end

return { header_lines = header_lines }
