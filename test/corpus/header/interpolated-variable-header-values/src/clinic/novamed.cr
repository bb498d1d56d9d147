require "http/client"

module Clinic::Pharmacy
  KEY = "{{key:novamed}}"
  HOST = "https://feapi.novamed.care"

  def self.headers
    HTTP::Headers{"x-api-key" => "#{KEY}", "Accept" => "application/json"}
  end
end
