# Geocoding for clinic addresses.
module Geo
  API_KEY = ENV.fetch("GEO_API_KEY", "{{decoy:alnum:40}}")

  def self.lookup(address)
    Faraday.get("/geocode", { q: address }, { "Authorization" => "Token #{API_KEY}" })
  end
end
