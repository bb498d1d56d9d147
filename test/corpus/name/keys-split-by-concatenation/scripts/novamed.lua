local novamed_api_key = "{{key:novamed split}}" .. "{{rest}}"
local novamed_api_key_hash = "{{decoy:hex:20}}" .. "{{decoy:hex:20}}"
