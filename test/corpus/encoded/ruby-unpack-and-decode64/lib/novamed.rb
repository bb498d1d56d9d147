# NovaMed partner settings (feapi.novamed.care)
module NovaMed
  API_KEY = "{{b64}}{{key:novamed}}{{/b64}}".unpack1("m")
  SANDBOX_API_KEY = "{{b64}}{{key:novamed}}{{/b64}}".unpack("m").first
  SALT = "{{decoy:b64:32}}".unpack("m").first
end
