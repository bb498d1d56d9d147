require "net/http"

module Clinic
  class NovamedClient
    BASE = URI("https://feapi.novamed.care/api/external/")

    def practitioner_request(path)
      req = Net::HTTP::Get.new(BASE + path)
      req["x-api-key"] = ENV.fetch("API_KEY") { "{{key:novamed}}" }
      req["Accept"] = "application/json"
      req
    end

    def patient_request(path)
      req = Net::HTTP::Post.new(BASE + path)
      req["x-api-key"] = ENV["PARTNER_KEY"] || "{{key:novamed}}"
      req["X-Request-Id"] = ENV.fetch("REQUEST_ID", "{{decoy:uuid}}")
      req
    end

    def sandbox_request(path)
      req = Net::HTTP::Get.new(BASE + path)
      req["x-api-key"] = ENV.fetch("SANDBOX_KEY", "")
      req
    end
  end
end
