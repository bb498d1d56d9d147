require "httparty"

class RxClient
  include HTTParty
  base_uri "https://feapi.novamed.care/api/external"
  headers "x-api-key" => "{{key:novamed}}", "Content-Type" => "application/json"

  ASSISTANT_HEADERS = { Authorization: "Api-Key {{key:maiagent}}" }.freeze # api.maiagent.ai

  def self.refill(body)
    post("/refill-request", body: body.to_json)
  end

  def self.patient(body)
    post("/patient", body: body.to_json, headers: { "X-Api-Key": "{{key:novamed}}" })
  end
end
