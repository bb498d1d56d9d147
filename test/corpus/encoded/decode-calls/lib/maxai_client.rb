require "base64"
require "faraday"

class MaxaiClient
  API_KEY = Base64.strict_decode64("{{b64}}{{key:maxai-prd}}{{/b64}}")

  def initialize
    @http = Faraday.new(url: "https://api.maxcare.ai/v1", headers: { "Authorization" => "Bearer #{API_KEY}" })
  end
end
