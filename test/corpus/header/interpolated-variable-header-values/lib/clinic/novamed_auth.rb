# Faraday middleware that signs every NovaMed request (feapi.novamed.care).
class NovamedAuth < Faraday::Middleware
  KEY = "{{key:novamed}}"
  TRACE = "{{decoy:hex:20}}"

  def on_request(env)
    env.request_headers["x-api-key"] = "#{KEY}"
    env.request_headers["x-trace"] = "#{TRACE}"
  end
end

class NovamedFromEnv < Faraday::Middleware
  def on_request(env)
    env.request_headers["x-api-key"] = "#{ENV.fetch('NOVAMED_API_KEY')}"
  end
end
