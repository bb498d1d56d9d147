class PartnerClient
  def initialize(base_url)
    @conn = Faraday.new(url: base_url, headers: { "X-Api-Key" => "{{key:novamed unconfirmed}}" })
  end
end
