# NovaMed API client (feapi.novamed.care)
require "faraday"

conn = Faraday.new(url: "https://feapi.novamed.care/api/external") do |f|
  f.headers["X-API-Key"] = "{{key:novamed}}"
  f.request :json
end
HTTParty.get("https://feapi.novamed.care/api/external/patient", headers: { "x-api-key" => "{{key:novamed}}" })
RestClient.get("https://api.maiagent.ai/api/v1/chatbots/", Authorization: "Api-Key {{key:maiagent}}")
