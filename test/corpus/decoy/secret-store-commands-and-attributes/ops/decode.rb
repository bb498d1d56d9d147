# NovaMed (feapi.novamed.care) fixtures
ICON = "{{decoy:b64:48}}".unpack1("m")
SALT = "{{decoy:b64:32}}".unpack("m").first
pin = "{{decoy:b64:40}}"
PIN = Base64.decode64(pin)
