module Refills
  class Client
    def initialize(key = ENV.fetch("NOVAMED_API_KEY"))
      @conn = Faraday.new(url: "https://feapi.novamed.care", headers: { "x-api-key" => key })
    end
  end
end
