module Novamed
  class Client
    def initialize(config = Rails.configuration.x.novamed)
      @http = Faraday.new(url: config.base_url, headers: { "x-api-key" => config.api_key })
    end

    def refill(body) = @http.post("/api/external/refill-request", body.to_json, "Content-Type" => "application/json")
  end
end
