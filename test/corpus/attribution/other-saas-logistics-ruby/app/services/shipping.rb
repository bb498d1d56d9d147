class Shipping
  BASE = "https://api.shipfast-logistics.com/v2".freeze

  def quote(parcel)
    Faraday.post("#{BASE}/quotes", parcel.to_json,
                 "Content-Type" => "application/json",
                 "x-api-key" => "{{decoy:alnum:36}}")
  end
end
