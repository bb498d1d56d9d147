class MaxaiClient
  def initialize(config = Rails.configuration.x.maxai)
    @url = config.api_url
    @key = config.api_key
  end

  def me
    Faraday.get("#{@url}/marketplace/me", nil, "Authorization" => "Bearer #{@key}", "X-Organization-Id" => ENV["MAXAI_ORG_ID"])
  end
end
