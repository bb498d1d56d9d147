require "net/http"

class MaxClient
  HEADERS = {
    "Authorization" => "Bearer {{key:maxai-prd}}",
    "X-Organization-Id" => "org_{{decoy:alnum:6}}",
  }.freeze

  def patients
    uri = URI("https://api.maxcare.ai/v1/patients")
    Net::HTTP.get_response(uri, HEADERS)
  end
end
